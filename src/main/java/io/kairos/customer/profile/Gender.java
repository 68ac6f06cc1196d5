package io.kairos.customer.profile;

import java.util.Locale;

/** A customer's gender as they chose to tell it. */
public enum Gender {

	MALE, FEMALE, UNDISCLOSED;

	public String messageKey() {
		return "customer.gender." + name().toLowerCase(Locale.ROOT);
	}

}
