package io.kairos.desk.ticket;

/** Text rules for ticket fields: no control characters, except line breaks in multi-line text. */
final class TicketText {

	/** No control characters (NUL included) and no unpaired surrogates. */
	static final String SINGLE_LINE = "[^\\p{Cc}\\p{Cs}]*";

	/** As {@link #SINGLE_LINE}, but line feeds and carriage returns are allowed. */
	static final String MULTILINE = "[^\\p{Cs}\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*";

	private TicketText() {
	}

}
