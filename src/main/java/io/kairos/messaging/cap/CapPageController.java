package io.kairos.messaging.cap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.web.FormBinding;

/** The frequency caps with how many messages each held back; admins change a cap or add one for a kind. */
@Controller
@PreAuthorize("hasAuthority('messaging.admin')")
class CapPageController {

	private final FrequencyCaps caps;

	CapPageController(FrequencyCaps caps) {
		this.caps = caps;
	}

	@GetMapping("/admin/messaging/caps")
	String list(Model model) {
		model.addAttribute("caps", caps.overview());
		model.addAttribute("form", new CapForm(null, null, null, null));
		return "messaging/caps";
	}

	@PostMapping("/admin/messaging/caps")
	String save(@ModelAttribute("form") CapForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Integer max = number(result, "maxMessages", form.maxMessages());
		Integer hours = number(result, "windowHours", form.windowHours());
		if (!result.hasErrors()) {
			try {
				caps.set(new CapChange(form.kind(), max, hours, form.version()));
				redirect.addFlashAttribute("notice", "notice.messaging.cap-saved");
				return "redirect:/admin/messaging/caps";
			}
			catch (ProblemException problem) {
				FormBinding.reject(result, problem);
			}
		}
		model.addAttribute("caps", caps.overview());
		return "messaging/caps";
	}

	private static Integer number(BindingResult result, String field, String text) {
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			result.rejectValue(field, "validation.messaging.number", "validation.messaging.number");
			return null;
		}
	}

}
