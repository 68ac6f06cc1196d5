package io.kairos.messaging;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kairos.customer.ContactAddresses;
import io.kairos.customer.CustomerId;
import io.kairos.messaging.gateway.DeliveryChannel;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelChoiceTests {

	static final CustomerId ID = new CustomerId(7);

	@Test
	void theFirstConsentedChannelWithAnAddressWins() {
		ContactAddresses addresses = new ContactAddresses(ID, null, "+8613800138000", null, "zh-CN");

		assertThat(ChannelChoice.choose(List.of("EMAIL", "SMS", "PHONE"), addresses))
			.contains(new ChannelChoice.Route(DeliveryChannel.SMS, "+8613800138000"));
	}

	@Test
	void channelsMessagingCannotDeliverOnAreSkipped() {
		ContactAddresses addresses = new ContactAddresses(ID, "li@example.com", "+8613800138000", null, "en");

		assertThat(ChannelChoice.choose(List.of("STORE", "WEB", "EMAIL"), addresses))
			.contains(new ChannelChoice.Route(DeliveryChannel.EMAIL, "li@example.com"));
	}

	@Test
	void noConsentedChannelOrNoAddressMeansNoRoute() {
		ContactAddresses noEmail = new ContactAddresses(ID, " ", "+8613800138000", null, "en");

		assertThat(ChannelChoice.choose(List.of(), noEmail)).isEmpty();
		assertThat(ChannelChoice.choose(List.of("EMAIL", "WECHAT"), noEmail)).isEmpty();
	}

	@Test
	void masksEachKindOfAddress() {
		assertThat(DeliveryChannel.EMAIL.mask("li@example.com")).isEqualTo("l***@example.com");
		assertThat(DeliveryChannel.SMS.mask("+8613800138000")).doesNotContain("3800138");
		assertThat(DeliveryChannel.WECHAT.mask("oAbCdEfGh123")).isEqualTo("oAbC****");
	}

}
