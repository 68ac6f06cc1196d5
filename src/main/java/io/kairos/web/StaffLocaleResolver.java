package io.kairos.web;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import io.kairos.identity.StaffPrincipal;

/**
 * The language of a request: the language a public page fixed for the request, else the signed-in
 * user's own choice, else the language switch's cookie, else the
 * browser's Accept-Language, else Chinese.
 */
class StaffLocaleResolver implements LocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		// A public page that fixed its own language for this request (the customer's survey page) has the last word.
		if (request.getAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE) instanceof FixedLocaleResolver fixed) {
			return fixed.resolveLocale(request);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
				&& staff.language() != null) {
			return Languages.match(Locale.forLanguageTag(staff.language()));
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (Languages.COOKIE.equals(cookie.getName())) {
					Locale chosen = Languages.match(Locale.forLanguageTag(cookie.getValue()));
					if (chosen != null) {
						return chosen;
					}
				}
			}
		}
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
			for (Locale offered : Collections.list(request.getLocales())) {
				Locale match = Languages.match(offered);
				if (match != null) {
					return match;
				}
			}
		}
		return Languages.CHINESE;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		ResponseCookie cookie = ResponseCookie.from(Languages.COOKIE, Languages.tag(locale))
			.path("/")
			.maxAge(Duration.ofDays(365))
			.httpOnly(true)
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
