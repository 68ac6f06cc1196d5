package io.kairos.desk.routing;

import java.time.Instant;
import java.util.List;

/**
 * An agent's routing profile as the API shows it: availability, capacity against the tickets they hold now,
 * skills (languages, products = category codes) and VIP certification. Version 0: never saved (the defaults).
 */
public record RoutingProfile(long staffId, String displayName, Availability availability, int capacity,
		int activeTickets, boolean vipCertified, List<String> languages, List<String> products, long version,
		Instant updatedAt) {
}
