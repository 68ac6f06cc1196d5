package io.kairos.customer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The contact rule: service skips withdrawn channels only, marketing needs consent granted; order kept. */
class ContactPolicyTests {

	static final List<String> PREFERRED = List.of("WECHAT", "SMS", "PHONE", "EMAIL");

	static final Map<String, String> CONSENTS = Map.of("SMS", "WITHDRAWN", "PHONE", "GRANTED", "EMAIL", "GRANTED");

	@Test
	void serviceMessagesUseEveryPreferredChannelNotWithdrawn() {
		assertThat(ContactPolicy.allowed(PREFERRED, CONSENTS, Purpose.SERVICE)).containsExactly("WECHAT", "PHONE", "EMAIL");
	}

	@Test
	void marketingUsesOnlyPreferredChannelsWithConsentGranted() {
		assertThat(ContactPolicy.allowed(PREFERRED, CONSENTS, Purpose.MARKETING)).containsExactly("PHONE", "EMAIL");
	}

	@Test
	void consentOnAChannelTheCustomerDoesNotPreferAddsNothing() {
		assertThat(ContactPolicy.allowed(List.of("SMS"), Map.of("PHONE", "GRANTED"), Purpose.MARKETING)).isEmpty();
		assertThat(ContactPolicy.allowed(List.of(), Map.of("PHONE", "GRANTED"), Purpose.SERVICE)).isEmpty();
	}

}
