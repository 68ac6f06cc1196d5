package io.kairos.messaging.gateway;

import java.util.Optional;

import io.kairos.customer.ContactAddresses;
import io.kairos.shared.contact.Masking;

/** The channels messaging delivers on, with the address each one needs. */
public enum DeliveryChannel {

	EMAIL, SMS, PHONE, WECHAT;

	/** The address this channel sends to, if the customer has one. */
	public Optional<String> address(ContactAddresses addresses) {
		String address = switch (this) {
			case EMAIL -> addresses.email();
			case SMS, PHONE -> addresses.mobile();
			case WECHAT -> addresses.wechatOpenid();
		};
		return Optional.ofNullable(address).filter(value -> !value.isBlank());
	}

	/** The form shown on pages and in logs. */
	public String mask(String address) {
		return switch (this) {
			case EMAIL -> Masking.email(address);
			case SMS, PHONE -> Masking.phone(address);
			case WECHAT -> address.length() <= 4 ? "****" : address.substring(0, 4) + "****";
		};
	}

	/** The channel for a {@code ContactPolicy} code, if messaging can deliver on it. */
	public static Optional<DeliveryChannel> of(String code) {
		for (DeliveryChannel channel : values()) {
			if (channel.name().equals(code)) {
				return Optional.of(channel);
			}
		}
		return Optional.empty();
	}

	/** Texts only: the channel's own template, or else the SMS one (voice reads the SMS text aloud). */
	public boolean usesSmsTextByDefault() {
		return this == PHONE || this == WECHAT;
	}

}
