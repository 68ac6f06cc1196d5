package io.kairos.shared.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import io.kairos.shared.web.CurrentRequest;

/**
 * Builds the one error shape of the API: an RFC 9457 problem whose title and detail are in the caller's
 * language, with the request id and, for validation errors, the fields at fault. Never a stack trace.
 */
@Component
public class Problems {

	private final MessageSource messages;

	private final ObjectProvider<LocaleResolver> localeResolver;

	Problems(MessageSource messages, ObjectProvider<LocaleResolver> localeResolver) {
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	public ProblemDetail problem(HttpStatusCode status, String messageKey, Object... arguments) {
		Locale locale = locale();
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("about:blank"));
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null,
				messages.getMessage("problem.title.default", null, locale), locale));
		problem.setDetail(messages.getMessage(messageKey, arguments, messageKey, locale));
		CurrentRequest.requestId().ifPresent(id -> problem.setProperty("requestId", id));
		CurrentRequest.servletRequest().ifPresent(request -> {
			Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			problem.setInstance(URI.create(original != null ? original.toString() : request.getRequestURI()));
		});
		return problem;
	}

	public ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

	public String message(String messageKey, Object... arguments) {
		return messages.getMessage(messageKey, arguments, messageKey, locale());
	}

	public ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * The caller's language. Filters run before Spring MVC has set the locale context, so the request is
	 * asked directly through the same resolver the pages use.
	 */
	private Locale locale() {
		LocaleResolver resolver = localeResolver.getIfAvailable();
		return CurrentRequest.servletRequest()
			.filter(request -> resolver != null)
			.map(resolver::resolveLocale)
			.orElseGet(LocaleContextHolder::getLocale);
	}

	/** One field at fault, with a message in the caller's language. */
	public record FieldError(String field, String message) {
	}

}
