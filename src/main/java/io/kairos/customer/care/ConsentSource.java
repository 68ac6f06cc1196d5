package io.kairos.customer.care;

import java.util.Locale;

/** Where a customer gave or withdrew consent: a code, shown by its name in the viewer's language. */
public enum ConsentSource {

	FORM, API, IMPORT, PHONE_CALL, WECHAT, STORE, EMAIL, OTHER;

	public String messageKey() {
		return "care.consent.source." + name().toLowerCase(Locale.ROOT);
	}

}
