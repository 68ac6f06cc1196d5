package io.kairos.customer.profile;

import java.util.List;
import java.util.Locale;

/**
 * The tier codes Kairos knows until tiers become configurable data with rules (SPEC §1.1): every customer
 * starts in {@code REGULAR}.
 */
final class Tiers {

	static final List<String> KNOWN = List.of("DIAMOND", "GOLD", "SILVER", "REGULAR");

	private Tiers() {
	}

	/** Message key of a tier's name; pages fall back to the code for a tier without one. */
	static String messageKey(String code) {
		return "customer.tier." + code.toLowerCase(Locale.ROOT);
	}

}
