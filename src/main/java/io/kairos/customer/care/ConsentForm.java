package io.kairos.customer.care;

import jakarta.validation.constraints.NotNull;

import io.kairos.customer.profile.Channel;

/** The 360 page's consent form: grant or withdraw consent on one channel, saying where it was given. */
record ConsentForm(@NotNull(message = "{validation.required}") Channel channel,
		@NotNull(message = "{validation.required}") ConsentStatus status,
		@NotNull(message = "{validation.required}") ConsentSource source) {

	static ConsentForm empty() {
		return new ConsentForm(null, ConsentStatus.GRANTED, null);
	}

	ConsentChange toChange() {
		return new ConsentChange(status, source);
	}

}
