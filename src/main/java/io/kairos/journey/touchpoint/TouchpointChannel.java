package io.kairos.journey.touchpoint;

/** Where the customer meets the service (SPEC §4.1); offline channels first. */
public enum TouchpointChannel {
	STORE, COUNTER, FIELD_VISIT, WEBSITE, APP, HOTLINE, WECHAT, SOCIAL, SMS, EMAIL;

	/** The usual answer; a touchpoint may still say otherwise (a hotline callback made from a store). */
	public boolean usuallyOnline() {
		return this != STORE && this != COUNTER && this != FIELD_VISIT;
	}
}
