package io.kairos.identity.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page, and the same page when sign-in is throttled (status 429 set by the filter). */
@Controller
class LoginPageController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@RequestMapping(LoginThrottleFilter.THROTTLED_PAGE)
	String throttled(HttpServletRequest request, Model model) {
		Object seconds = request.getAttribute("retryAfterSeconds");
		model.addAttribute("retryAfterSeconds", seconds == null ? 60 : seconds);
		return "login";
	}

}
