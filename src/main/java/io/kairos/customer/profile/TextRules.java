package io.kairos.customer.profile;

/** Patterns for free text typed about a customer, shared by the API's and the pages' input records. */
final class TextRules {

	/** No control characters (NUL included) and no unpaired surrogates. */
	static final String NO_CONTROL = "[^\\p{Cc}\\p{Cs}]*";

	/** At least one character that is neither a space of any kind nor a control character. */
	static final String VISIBLE = "(?s).*[^\\p{Z}\\p{Cc}].*";

	/** Letters and digits, as identity documents use them. */
	static final String ID_NUMBER = "[0-9A-Za-z]{6,32}";

	/** A WeChat openid: 1–64 letters, digits, {@code _} and {@code -}. */
	static final String WECHAT_OPENID = "[A-Za-z0-9_-]{1,64}";

	/** Free text over several lines: no control characters except line breaks, no unpaired surrogates. */
	static final String MULTILINE = "[^\\p{Cs}\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*";

	/** The languages to talk to a customer in. */
	static final String LANGUAGE = "zh-CN|en";

	static final int MAX_NOTES = 2000;

	private TextRules() {
	}

}
