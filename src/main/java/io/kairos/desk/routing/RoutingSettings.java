package io.kairos.desk.routing;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Routing configuration. {@code defaultCapacity}: active tickets an agent without a routing profile may hold.
 * {@code accountManagerTiers}: tiers whose tickets go to the customer's account manager first.
 * {@code vipTiers}: tiers whose tickets need a VIP-certified agent. {@code tierOrder}: tiers from the top, for the
 * order of unassigned queues (unlisted tiers and customers without one come after every listed tier).
 */
@ConfigurationProperties("kairos.routing")
record RoutingSettings(@DefaultValue("10") int defaultCapacity,
		@DefaultValue({ "DIAMOND", "GOLD" }) List<String> accountManagerTiers,
		@DefaultValue({ "DIAMOND", "GOLD" }) List<String> vipTiers,
		@DefaultValue({ "DIAMOND", "GOLD", "SILVER" }) List<String> tierOrder) {

	RoutingSettings {
		accountManagerTiers = List.copyOf(accountManagerTiers);
		vipTiers = List.copyOf(vipTiers);
		tierOrder = List.copyOf(tierOrder);
	}

	boolean routesToAccountManager(String tier) {
		return tier != null && accountManagerTiers.contains(tier);
	}

	boolean needsVipCertified(String tier) {
		return tier != null && vipTiers.contains(tier);
	}

}
