package io.kairos.journey.touchpoint;

import io.kairos.shared.api.ProblemException;

/** Checks of free text typed into the journey module: trimmed, bounded, no control characters. */
public final class Text {

	private Text() {
	}

	public static String required(String field, String value, int max) {
		String text = optional(field, value, max);
		if (text == null) {
			throw ProblemException.invalid(field, "problem.journey.required");
		}
		return text;
	}

	public static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw ProblemException.invalid(field, "problem.journey.too-long", max);
		}
		if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
			throw ProblemException.invalid(field, "problem.journey.control-characters");
		}
		return text;
	}

}
