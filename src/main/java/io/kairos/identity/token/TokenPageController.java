package io.kairos.identity.token;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.web.FormBinding;

/** The user's API tokens page: create one (its secret shown once), see when each was last used, revoke. */
@Controller
@RequestMapping("/profile/tokens")
class TokenPageController {

	private final ApiTokens tokens;

	TokenPageController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("tokens", tokens.listOwn(me.id()));
		if (!model.containsAttribute("token")) {
			model.addAttribute("token", new NewApiToken(null));
		}
		return "tokens";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("token") NewApiToken token, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				redirect.addFlashAttribute("issued", tokens.issue(me.id(), token));
				return "redirect:/profile/tokens";
			}
			catch (ProblemException problem) {
				FormBinding.reject(result, problem);
			}
		}
		model.addAttribute("tokens", tokens.listOwn(me.id()));
		return "tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		tokens.revokeOwn(me.id(), id);
		redirect.addFlashAttribute("notice", "notice.token.revoked");
		return "redirect:/profile/tokens";
	}

}
