package io.kairos.customer.care;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.web.FormBinding;

/**
 * The 360 page's forms for consent, personality type and contracts. They call the services the API calls. Sent by
 * htmx, the answer is the service side of the page again (with the refusals next to their fields, or a notice); sent
 * without script, a success goes back to the customer page and a refusal shows the service side on a page of its own.
 */
@Controller
@RequestMapping("/customers/{id}")
@PreAuthorize("hasAuthority('customer.write')")
class CareFormsController {

	private final ServiceProfileModel profile;

	private final Consents consents;

	private final Personalities personalities;

	private final Contracts contracts;

	CareFormsController(ServiceProfileModel profile, Consents consents, Personalities personalities, Contracts contracts) {
		this.profile = profile;
		this.consents = consents;
		this.personalities = personalities;
		this.contracts = contracts;
	}

	@PostMapping("/consents")
	String consent(@PathVariable long id, @Valid @ModelAttribute("consentForm") ConsentForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				consents.record(id, form.channel(), form.toChange());
			}
			catch (ProblemException problem) {
				FormBinding.reject(result, problem);
			}
		}
		return answer(id, result, htmx, model, redirect);
	}

	@PostMapping("/personality")
	String personality(@PathVariable long id, @ModelAttribute("personalityForm") PersonalityForm form,
			BindingResult result, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		try {
			personalities.set(id, form.toChoice());
		}
		catch (ProblemException problem) {
			FormBinding.reject(result, problem);
		}
		return answer(id, result, htmx, model, redirect);
	}

	@PostMapping("/contracts")
	String contract(@PathVariable long id, @Valid @ModelAttribute("contractForm") ContractForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
		NewContract contract = form.toNewContract(result);
		if (!result.hasErrors()) {
			try {
				contracts.add(id, contract);
			}
			catch (ProblemException problem) {
				FormBinding.reject(result, problem);
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("contractOpen", true);
		}
		return answer(id, result, htmx, model, redirect);
	}

	private String answer(long id, BindingResult result, String htmx, Model model, RedirectAttributes redirect) {
		boolean saved = !result.hasErrors();
		if (htmx == null && saved) {
			redirect.addFlashAttribute("notice", "notice.customer.saved");
			return "redirect:/customers/" + id;
		}
		if (saved) {
			// The forms start afresh after a save: drop what was sent, so the page shows the saved state.
			model.asMap().keySet().removeIf(key -> key.endsWith("Form") || key.startsWith(BindingResult.MODEL_KEY_PREFIX));
			model.addAttribute("careNotice", "notice.customer.saved");
		}
		profile.fill(id, model);
		return htmx != null ? "customers/service-profile :: profile" : "customers/service-profile-page";
	}

}
