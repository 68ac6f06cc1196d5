package io.kairos.customer.profile;

import java.util.Locale;

/** What an additional phone number of a customer is. */
public enum PhoneKind {

	MOBILE, HOME, WORK, OTHER;

	public String messageKey() {
		return "customer.phone.kind." + name().toLowerCase(Locale.ROOT);
	}

}
