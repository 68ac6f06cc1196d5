package io.kairos.customer.profile;

import java.util.Locale;

/** A way to reach a customer; customers rank the ones they prefer. */
public enum Channel {

	PHONE, SMS, WECHAT, EMAIL, WEB, STORE;

	public String messageKey() {
		return "customer.channel." + name().toLowerCase(Locale.ROOT);
	}

}
