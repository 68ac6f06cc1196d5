package io.kairos.web;

import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.kairos.identity.StaffPrincipal;

/** What every page's layout needs: the user, their time zone, the language and where the page is. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

	private final ZoneId defaultZone;

	LayoutAttributes(@Value("${kairos.default-time-zone:Asia/Shanghai}") String defaultZone) {
		this.defaultZone = ZoneId.of(defaultZone);
	}

	@ModelAttribute("me")
	StaffPrincipal me(@AuthenticationPrincipal StaffPrincipal principal) {
		return principal;
	}

	@ModelAttribute("zone")
	ZoneId zone(@AuthenticationPrincipal StaffPrincipal principal) {
		return principal == null ? defaultZone : ZoneId.of(principal.timeZone());
	}

	@ModelAttribute("languageTag")
	String languageTag(Locale locale) {
		return Languages.tag(locale);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query);
	}

}
