package io.kairos.customer.segment;

import java.util.Locale;

/** The information channels a segment is best reached through (SPEC §1.2), wider than the contact channels. */
public enum Medium {

	VOICE_MESSAGE, REFERRAL, TV, NEWSPAPER, SMS, WEB, OUTDOOR, COUNTER, BILL_INSERT;

	public String messageKey() {
		return "segment.medium." + name().toLowerCase(Locale.ROOT);
	}

}
