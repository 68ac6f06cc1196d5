package io.kairos.desk.sla;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.kairos.desk.SlaTarget;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketType;

/**
 * One SLA policy: criteria (null = any), targets in minutes of business time (null = no such target), the
 * calendar the minutes count on (null = the default calendar), the warning share (null = the global setting)
 * and the actions on breach.
 */
public record SlaPolicy(long id, int position, String nameEn, String nameZh, String customerTier, TicketType type,
		TicketPriority priority, TicketChannel channel, Integer firstResponseMinutes, Integer nextResponseMinutes,
		Integer resolutionMinutes, Integer callbackMinutes, Long calendarId, BigDecimal warningShare,
		Set<SlaAction> breachActions, long version, Instant updatedAt) {

	public boolean matches(String tier, TicketType ticketType, TicketPriority ticketPriority,
			TicketChannel ticketChannel) {
		return (customerTier == null || customerTier.equals(tier)) && (type == null || type == ticketType)
				&& (priority == null || priority == ticketPriority) && (channel == null || channel == ticketChannel);
	}

	/** The target as working time, or null when the policy sets none. */
	public Duration target(SlaTarget target) {
		Integer minutes = switch (target) {
			case FIRST_RESPONSE -> firstResponseMinutes;
			case NEXT_RESPONSE -> nextResponseMinutes;
			case RESOLUTION -> resolutionMinutes;
		};
		return minutes == null ? null : Duration.ofMinutes(minutes);
	}

}
