package io.kairos.desk;

import java.time.Instant;
import java.util.List;

/**
 * What analytics needs to know about one ticket, as it stands now: its dimensions, its milestones with their
 * durations in business time, its SLA outcomes, callbacks and promises. Built by {@link TicketFacts}.
 * @param version the ticket's optimistic-lock version; it never goes down
 * @param firstResponseSeconds business seconds from creation to the first public staff reply (no pauses, as the
 * first-response SLA clock), null while unanswered
 * @param resolutionSeconds business seconds from creation to the latest resolution, without the time spent
 * waiting (pending customer, on hold) or resolved before a reopen, as the resolution SLA clock; null while
 * unresolved
 * @param reopenCount how often the ticket went from resolved back to open
 * @param firstResponseSla the latest first-response outcome, null when none was recorded
 * @param resolutionSla the latest resolution outcome, null when none was recorded
 */
public record TicketFact(long ticketId, int version, Instant createdAt, TicketChannel channel, TicketType type,
		Long categoryId, String customerTier, Long teamId, Long assigneeId, TicketStatus status,
		Instant firstResponseAt, Long firstResponseSeconds, Instant resolvedAt, Long resolutionSeconds,
		Boolean firstContactResolution, int reopenCount, SlaOutcome firstResponseSla, SlaOutcome resolutionSla,
		List<Callback> callbacks, List<Promise> promises) {

	public TicketFact {
		callbacks = callbacks == null ? List.of() : List.copyOf(callbacks);
		promises = promises == null ? List.of() : List.copyOf(promises);
	}

	/** Met or breached, judged at {@code at} (when it was met, or when it was recorded as missed). */
	public record SlaOutcome(boolean met, Instant at) {
	}

	/** A callback after resolution: PENDING, DUE, DONE or CANCELLED, with its due and completion times. */
	public record Callback(long id, String status, Instant dueAt, Instant completedAt) {
	}

	/** A promise to the customer: OPEN, OVERDUE, KEPT or BROKEN, with its due and settlement times. */
	public record Promise(long id, String status, Instant dueAt, Instant settledAt) {
	}

}
