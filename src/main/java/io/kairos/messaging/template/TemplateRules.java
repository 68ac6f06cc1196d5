package io.kairos.messaging.template;

import io.kairos.shared.api.ProblemException;

/** What a template's parts may hold: a body is required, a subject is one line, everything has a length limit. */
final class TemplateRules {

	static final int MAX_SUBJECT = 300;

	static final int MAX_BODY = 4000;

	static final int MAX_HTML = 8000;

	private TemplateRules() {
	}

	static String body(String body) {
		if (body == null || body.isBlank()) {
			throw ProblemException.invalid("body", "validation.required");
		}
		if (body.length() > MAX_BODY) {
			throw ProblemException.invalid("body", "validation.messaging.too-long", MAX_BODY);
		}
		return body.strip();
	}

	static String subject(String subject) {
		if (subject == null || subject.isBlank()) {
			throw ProblemException.invalid("subject", "validation.required");
		}
		if (subject.length() > MAX_SUBJECT) {
			throw ProblemException.invalid("subject", "validation.messaging.too-long", MAX_SUBJECT);
		}
		if (subject.chars().anyMatch(Character::isISOControl)) {
			throw ProblemException.invalid("subject", "validation.no-control-characters");
		}
		return subject.strip();
	}

	static String htmlBody(String html) {
		if (html == null || html.isBlank()) {
			return null;
		}
		if (html.length() > MAX_HTML) {
			throw ProblemException.invalid("htmlBody", "validation.messaging.too-long", MAX_HTML);
		}
		return html.strip();
	}

}
