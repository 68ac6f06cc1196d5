package io.kairos.customer.profile;

/** Patterns for free text typed about a customer, shared by the API's and the pages' input records. */
final class TextRules {

	/** No control characters (NUL included) and no unpaired surrogates. */
	static final String NO_CONTROL = "[^\\p{Cc}\\p{Cs}]*";

	/** At least one character that is neither a space of any kind nor a control character. */
	static final String VISIBLE = "(?s).*[^\\p{Z}\\p{Cc}].*";

	/** Letters and digits, as identity documents use them. */
	static final String ID_NUMBER = "[0-9A-Za-z]{6,32}";

	private TextRules() {
	}

}
