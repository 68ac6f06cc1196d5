package io.kairos.analytics.export;

/**
 * Neutralises spreadsheet formula injection (A-21; OWASP "CSV Injection"): a text a spreadsheet could read as a
 * formula gets a leading apostrophe, so it is shown as the text it is. A text is dangerous when it starts with a TAB
 * or CR, or when its first character after leading whitespace and line breaks is {@code = + - @} (or their
 * full-width forms, which some spreadsheet locales read alike). Every other text is left exactly as it is. Numbers
 * are written as numbers and never pass through here.
 */
final class SpreadsheetText {

	static final char PREFIX = '\'';

	private SpreadsheetText() {
	}

	static String neutralise(String value) {
		if (value == null || value.isEmpty()) {
			return value == null ? "" : value;
		}
		char first = value.charAt(0);
		if (first == '\t' || first == '\r') {
			return PREFIX + value;
		}
		int i = 0;
		while (i < value.length() && (Character.isWhitespace(value.charAt(i)) || Character.isSpaceChar(value.charAt(i)))) {
			i++;
		}
		return i < value.length() && isTrigger(value.charAt(i)) ? PREFIX + value : value;
	}

	private static boolean isTrigger(char c) {
		return switch (c) {
			case '=', '+', '-', '@', '＝', '＋', '－', '＠' -> true;
			default -> false;
		};
	}

}
