package io.kairos.customer;

import java.util.Locale;

/**
 * Where a customer is in their life with the company (SPEC §1.3), each stage with its service focus:
 * aware (communication, product display), learning (consulting), purchase (accurate, fast order handling),
 * consumption (usage service, needs discovery, add-ons), value-add (relationship, partnership, loyalty).
 */
public enum LifecycleStage {

	AWARE, LEARNING, PURCHASE, CONSUMPTION, VALUE_ADD;

	/** Message key of the stage's name. */
	public String messageKey() {
		return "customer.stage." + name().toLowerCase(Locale.ROOT);
	}

	/** Message key of what service should concentrate on in this stage. */
	public String focusMessageKey() {
		return messageKey() + ".focus";
	}

}
