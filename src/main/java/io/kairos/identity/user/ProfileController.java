package io.kairos.identity.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.web.SafeRedirect;

/** The signed-in user's own settings: language and password. Also the language switch in every page header. */
@Controller
class ProfileController {

	private final StaffUsers users;

	private final LocaleResolver locales;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	ProfileController(StaffUsers users, LocaleResolver locales) {
		this.users = users;
		this.locales = locales;
	}

	@GetMapping("/profile")
	String profile(Model model, org.springframework.security.core.Authentication authentication) {
		model.addAttribute("subject", users.find(((StaffPrincipal) authentication.getPrincipal()).id()));
		return "profile";
	}

	@PostMapping("/profile/password")
	String changePassword(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, Authentication authentication,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			users.changeOwnPassword(((StaffPrincipal) authentication.getPrincipal()).id(), currentPassword,
					newPassword, request.getSession().getId());
			redirect.addFlashAttribute("notice", "notice.password.changed");
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute("alert", problem.messageKey());
			redirect.addFlashAttribute("alertArgs", problem.arguments());
		}
		return "redirect:/profile";
	}

	/** Switches the language; remembered in a cookie, and on the user's profile when signed in. */
	@PostMapping("/preferences/language")
	String switchLanguage(@RequestParam String lang, @RequestParam(required = false) String redirect,
			HttpServletRequest request, HttpServletResponse response) {
		if (!"zh-CN".equals(lang) && !"en".equals(lang)) {
			throw ProblemException.invalid("lang", "validation.language");
		}
		locales.setLocale(request, response, java.util.Locale.forLanguageTag(lang));
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal me) {
			users.changeLanguage(me.id(), lang);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me.withLanguage(lang), null,
					authentication.getAuthorities()));
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
		}
		return "redirect:" + SafeRedirect.localPath(redirect);
	}

}
