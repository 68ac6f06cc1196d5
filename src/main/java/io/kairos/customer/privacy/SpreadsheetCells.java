package io.kairos.customer.privacy;

/**
 * Neutralises spreadsheet formula injection (CSV/XLSX injection, OWASP): a cell that a spreadsheet could read
 * as a formula gets a leading apostrophe, so it is shown as the text it is. A value is dangerous when it
 * starts with a TAB or CR, or when its first character after leading whitespace and line breaks is
 * {@code = + - @} (or their full-width forms, which some spreadsheet locales read alike). Every other value is
 * left exactly as it is.
 */
final class SpreadsheetCells {

	static final char PREFIX = '\'';

	private SpreadsheetCells() {
	}

	static String neutralise(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		if (first == '\t' || first == '\r') {
			return PREFIX + value;
		}
		int i = 0;
		while (i < value.length() && isBlank(value.charAt(i))) {
			i++;
		}
		return i < value.length() && isTrigger(value.charAt(i)) ? PREFIX + value : value;
	}

	private static boolean isBlank(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static boolean isTrigger(char c) {
		return switch (c) {
			case '=', '+', '-', '@', '＝', '＋', '－', '＠' -> true;
			default -> false;
		};
	}

}
