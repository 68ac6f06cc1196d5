package io.kairos.messaging;

import java.util.List;
import java.util.Optional;

import io.kairos.customer.ContactAddresses;
import io.kairos.messaging.gateway.DeliveryChannel;

/** The first consented channel, in the customer's order, that messaging delivers on and has an address for. */
final class ChannelChoice {

	private ChannelChoice() {
	}

	record Route(DeliveryChannel channel, String address) {
	}

	static Optional<Route> choose(List<String> consentedChannels, ContactAddresses addresses) {
		for (String code : consentedChannels) {
			Optional<DeliveryChannel> channel = DeliveryChannel.of(code);
			Optional<String> address = channel.flatMap(candidate -> candidate.address(addresses));
			if (address.isPresent()) {
				return Optional.of(new Route(channel.get(), address.get()));
			}
		}
		return Optional.empty();
	}

}
