package io.kairos.desk.console;

import java.time.Duration;
import java.time.Instant;

import io.kairos.desk.ticket.TicketListItem;
import io.kairos.desk.ticket.TicketView;

/**
 * One SLA countdown as the console shows it: the time left until {@code due}, measured from {@code start} for the
 * warning share. While the clock is paused the time left is frozen at the moment it stopped. The page renders the
 * state once and a small script keeps it ticking.
 * @param start when the clock started (the ticket's creation)
 * @param due the due time, or null when no target applies
 * @param pausedAt when the clock stopped, or null while it runs
 */
public record SlaCountdown(Instant start, Instant due, Instant pausedAt) {

	/** Below this share of the whole target left, a clock is shown as a warning. */
	static final double WARNING_SHARE = 0.25;

	public enum State {
		NONE, OK, WARNING, BREACHED, PAUSED
	}

	/** The clock that matters in a queue: first response until it happened, then resolution. */
	static SlaCountdown next(TicketListItem item) {
		return new SlaCountdown(item.createdAt(), item.nextDue(), item.slaPausedAt());
	}

	static SlaCountdown firstResponse(TicketView ticket) {
		Instant due = ticket.firstResponseAt() == null ? ticket.sla().firstResponseDue() : null;
		return new SlaCountdown(ticket.createdAt(), due, ticket.sla().pausedAt());
	}

	static SlaCountdown resolution(TicketView ticket) {
		Instant due = ticket.status().isActive() ? ticket.sla().resolutionDue() : null;
		return new SlaCountdown(ticket.createdAt(), due, ticket.sla().pausedAt());
	}

	public State state(Instant now) {
		if (due == null) {
			return State.NONE;
		}
		if (pausedAt != null) {
			return State.PAUSED;
		}
		Duration left = Duration.between(now, due);
		if (left.isNegative()) {
			return State.BREACHED;
		}
		long whole = start == null ? 0 : Duration.between(start, due).toMillis();
		return whole > 0 && left.toMillis() < whole * WARNING_SHARE ? State.WARNING : State.OK;
	}

	/** The time left as {@code H:MM:SS}, negative once breached; hours may exceed a day. Empty without a due time. */
	public String remaining(Instant now) {
		if (due == null) {
			return "";
		}
		long seconds = Duration.between(pausedAt != null ? pausedAt : now, due).toSeconds();
		String sign = seconds < 0 ? "-" : "";
		long abs = Math.abs(seconds);
		return "%s%d:%02d:%02d".formatted(sign, abs / 3600, (abs % 3600) / 60, abs % 60);
	}

	/** The Bootstrap badge class of a state. */
	public String badge(Instant now) {
		return switch (state(now)) {
			case NONE -> "text-bg-light border";
			case OK -> "text-bg-success";
			case WARNING -> "text-bg-warning";
			case BREACHED -> "text-bg-danger";
			case PAUSED -> "text-bg-secondary";
		};
	}

}
