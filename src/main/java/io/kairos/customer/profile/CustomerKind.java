package io.kairos.customer.profile;

import java.util.Locale;

/** A private person, or an organisation (an enterprise customer). */
public enum CustomerKind {

	PERSON, ORGANISATION;

	public String messageKey() {
		return "customer.kind." + name().toLowerCase(Locale.ROOT);
	}

}
