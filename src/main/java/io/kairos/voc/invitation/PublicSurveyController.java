package io.kairos.voc.invitation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import io.kairos.shared.api.ProblemException;
import io.kairos.voc.invitation.PublicSurveys.OpenSurvey;

/**
 * The survey page a customer opens from an invitation, without signing in: {@code /s/{token}}. It speaks the
 * language chosen on the page ({@code ?lang=}), else the customer's own, else the browser's, else Chinese. A used
 * or expired link answers 410 with a friendly page; an unknown one 404. The token in the path is the only
 * credential, so the form carries no CSRF token (a forger would need the token itself) and no session is made.
 */
@Controller
class PublicSurveyController {

	private final PublicSurveys surveys;

	private final MessageSource messages;

	PublicSurveyController(PublicSurveys surveys, MessageSource messages) {
		this.surveys = surveys;
		this.messages = messages;
	}

	@GetMapping("/s/{token}")
	String show(@PathVariable String token, @RequestParam(required = false) String lang, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<SurveyInvitation> invitation = surveys.find(token);
		Locale locale = speak(lang, invitation, request);
		if (invitation.isEmpty()) {
			return unknown(response, model, locale);
		}
		try {
			OpenSurvey open = surveys.open(invitation.get(), locale);
			model.addAttribute("token", token);
			return form(open, open.filled(), model, locale, null);
		}
		catch (InvitationGone gone) {
			return gone(response, model, locale);
		}
	}

	@PostMapping("/s/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) String lang,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<SurveyInvitation> invitation = surveys.find(token);
		Locale locale = speak(lang, invitation, request);
		if (invitation.isEmpty()) {
			return unknown(response, model, locale);
		}
		model.addAttribute("token", token);
		Map<String, List<String>> fields = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith("q.")) {
				fields.put(name, List.copyOf(values));
			}
		});
		try {
			if ("save".equals(action)) {
				surveys.save(invitation.get(), fields);
				OpenSurvey open = surveys.open(invitation.get(), locale);
				model.addAttribute("saved", true);
				return form(open, new FilledForm(fields), model, locale, null);
			}
			surveys.submit(invitation.get(), fields, locale);
			model.addAttribute("lang", Locales.tag(locale));
			return "voc/public/thanks";
		}
		catch (InvitationGone gone) {
			return gone(response, model, locale);
		}
		catch (ProblemException refused) {
			response.setStatus(refused.status().value());
			OpenSurvey open = surveys.open(invitation.get(), locale);
			String field = refused.field() == null ? "" : refused.field();
			String message = messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale);
			model.addAttribute("errorField", field.startsWith("answers.") ? field.substring("answers.".length()) : field);
			return form(open, new FilledForm(fields), model, locale, message);
		}
	}

	private String form(OpenSurvey open, FilledForm filled, Model model, Locale locale, String error) {
		model.addAttribute("survey", open.survey());
		model.addAttribute("filled", filled);
		model.addAttribute("error", error);
		model.addAttribute("lang", Locales.tag(locale));
		model.addAttribute("npsScale", range(0, 10));
		model.addAttribute("csatScale", range(1, 5));
		model.addAttribute("cesScale", range(1, 7));
		model.addAttribute("servqualScale", range(1, 7));
		model.addAttribute("motScale", range(-3, 3));
		model.addAttribute("kanoAnswers", List.of("LIKE", "EXPECT", "NEUTRAL", "TOLERATE", "DISLIKE"));
		model.addAttribute("dimensions", io.kairos.voc.survey.AnswerRules.DIMENSIONS);
		return "voc/public/survey";
	}

	private static String gone(HttpServletResponse response, Model model, Locale locale) {
		response.setStatus(HttpServletResponse.SC_GONE);
		model.addAttribute("lang", Locales.tag(locale));
		return "voc/public/gone";
	}

	private static String unknown(HttpServletResponse response, Model model, Locale locale) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("lang", Locales.tag(locale));
		model.addAttribute("unknown", true);
		return "voc/public/gone";
	}

	/** Fixes the page's language for this request only (the staff language cookie is neither read nor set). */
	private Locale speak(String lang, Optional<SurveyInvitation> invitation, HttpServletRequest request) {
		Locale locale = Locales.match(lang)
			.or(() -> invitation.flatMap(surveys::customerLanguage).flatMap(Locales::match))
			.or(() -> request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Optional.empty()
					: Locales.match(request.getLocale().toLanguageTag()))
			.orElse(Locales.CHINESE);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
		LocaleContextHolder.setLocale(locale);
		return locale;
	}

	private static List<Integer> range(int from, int to) {
		return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
	}

}
