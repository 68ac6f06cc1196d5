package io.kairos.customer.value;

import java.util.Arrays;
import java.util.Optional;

/** What a value fact records: a purchase, a refund (always counted negative) or a product holding. */
public enum ValueKind {

	PURCHASE, REFUND, HOLDING;

	static Optional<ValueKind> parse(String text) {
		return Arrays.stream(values()).filter(kind -> kind.name().equals(text)).findFirst();
	}

}
