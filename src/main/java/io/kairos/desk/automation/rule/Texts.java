package io.kairos.desk.automation.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.kairos.shared.api.ProblemException;

/** The text checks of automation definitions: each refusal names the field, so the caller can fix it. */
public final class Texts {

	private static final Pattern SINGLE_LINE = Pattern.compile("[^\\p{Cc}\\p{Cs}]*");

	private static final Pattern MULTILINE = Pattern.compile("[^\\p{Cs}\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*");

	public static final int MAX_TAG = 32;

	private Texts() {
	}

	/** A required single line of at most {@code max} characters, stripped. */
	public static String line(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw ProblemException.invalid(field, "validation.required");
		}
		return optionalLine(field, value, max);
	}

	public static String optionalLine(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw ProblemException.invalid(field, "problem.automation.too-long", max);
		}
		if (!SINGLE_LINE.matcher(text).matches()) {
			throw ProblemException.invalid(field, "validation.no-control-characters");
		}
		return text;
	}

	/** Optional multi-line text (line breaks allowed), stripped; null when blank. */
	public static String optionalText(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw ProblemException.invalid(field, "problem.automation.too-long", max);
		}
		if (!MULTILINE.matcher(text).matches()) {
			throw ProblemException.invalid(field, "validation.no-control-characters");
		}
		return text;
	}

	public static String text(String field, String value, int max) {
		String text = optionalText(field, value, max);
		if (text == null) {
			throw ProblemException.invalid(field, "validation.required");
		}
		return text;
	}

	/** Distinct stripped tags, at most {@code max} of them, each a single line of at most 32 characters. */
	public static List<String> tags(String field, List<String> given, int max) {
		List<String> tags = new ArrayList<>();
		if (given == null) {
			return tags;
		}
		for (int i = 0; i < given.size(); i++) {
			String tag = line(field + "[" + i + "]", given.get(i), MAX_TAG);
			if (!tags.contains(tag)) {
				tags.add(tag);
			}
		}
		if (tags.size() > max) {
			throw ProblemException.invalid(field, "validation.tags.too-many", max);
		}
		return tags;
	}

}
