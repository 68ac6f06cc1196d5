package io.kairos.desk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kairos.desk.SlaTarget;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;
import io.kairos.shared.time.calendar.Pause;
import io.kairos.shared.time.calendar.SlaClock;

/**
 * The pure SLA calculation: which policy applies, when the clocks stood still, and when each target warns and
 * falls due. No database, no clock: {@link SlaClocks} gathers the inputs.
 * <p>
 * Rules: first response counts from creation until the first public staff reply, without pauses (the customer
 * waits for an answer whatever the status). Next response counts from the first customer message after the last
 * public staff reply, and resolution from creation; both stand still while the ticket waits (pending customer,
 * on hold) and while it is resolved (a reopened ticket does not count its resolved time), and have no due time
 * while it waits.
 */
final class SlaSchedule {

	private SlaSchedule() {
	}

	/** The first policy in order whose criteria match; empty when none does. */
	static Optional<SlaPolicy> match(List<SlaPolicy> ordered, String tier, TicketType type, TicketPriority priority,
			TicketChannel channel) {
		return ordered.stream()
			.sorted(Comparator.comparingInt(SlaPolicy::position).thenComparingLong(SlaPolicy::id))
			.filter(policy -> policy.matches(tier, type, priority, channel))
			.findFirst();
	}

	/** A status the clocks do not run in. */
	static boolean stopsClock(TicketStatus status) {
		return status.pausesSla() || !status.isActive();
	}

	/**
	 * The pauses from the ticket's status moves in order. {@code stoppedNow} says whether the clock is stopped at
	 * {@code now}: a stop the moves leave open is then open, otherwise it ends now (the move that ends it is being
	 * made). A stop the moves do not show yet begins at {@code stoppedSince}.
	 */
	static List<Pause> pauses(List<StatusMove> moves, boolean stoppedNow, Instant stoppedSince, Instant now) {
		List<Pause> pauses = new ArrayList<>();
		Instant since = null;
		for (StatusMove move : moves.stream().sorted(Comparator.comparing(StatusMove::at)).toList()) {
			boolean was = stopsClock(move.from());
			boolean is = stopsClock(move.to());
			if (!was && is) {
				since = move.at();
			}
			else if (was && !is && since != null) {
				pauses.add(new Pause(since, move.at()));
				since = null;
			}
		}
		if (stoppedNow) {
			Instant from = since != null ? since : stoppedSince != null ? stoppedSince : now;
			pauses.add(Pause.open(from));
		}
		else if (since != null && since.isBefore(now)) {
			pauses.add(new Pause(since, now));
		}
		return pauses;
	}

	/**
	 * The running targets of a ticket under a policy: due time and warning time per target. A target the
	 * policy does not set, that is met, or whose clock is paused, is absent.
	 */
	static Map<SlaTarget, Deadline> deadlines(SlaPolicy policy, SlaClock clock, double warningShare, Inputs in) {
		Map<SlaTarget, Deadline> deadlines = new EnumMap<>(SlaTarget.class);
		if (in.firstResponseAt() == null) {
			deadline(clock, policy.target(SlaTarget.FIRST_RESPONSE), in.createdAt(), List.of(), warningShare)
				.ifPresent(d -> deadlines.put(SlaTarget.FIRST_RESPONSE, d));
		}
		if (in.paused()) {
			return deadlines;
		}
		if (in.firstResponseAt() != null && in.awaitingReplySince() != null) {
			deadline(clock, policy.target(SlaTarget.NEXT_RESPONSE), in.awaitingReplySince(), in.pauses(), warningShare)
				.ifPresent(d -> deadlines.put(SlaTarget.NEXT_RESPONSE, d));
		}
		deadline(clock, policy.target(SlaTarget.RESOLUTION), in.createdAt(), in.pauses(), warningShare)
			.ifPresent(d -> deadlines.put(SlaTarget.RESOLUTION, d));
		return deadlines;
	}

	private static Optional<Deadline> deadline(SlaClock clock, Duration target, Instant start, List<Pause> pauses,
			double warningShare) {
		if (target == null) {
			return Optional.empty();
		}
		Optional<Instant> due = clock.dueAt(start, target, pauses);
		if (due.isEmpty()) {
			return Optional.empty();
		}
		Duration warning = Duration.ofSeconds(Math.round(target.toSeconds() * warningShare));
		Instant warnAt = clock.dueAt(start, warning, pauses).filter(at -> at.isBefore(due.get())).orElse(due.get());
		return Optional.of(new Deadline(start, due.get(), warnAt));
	}

	/** A status move from the ticket's history. */
	record StatusMove(Instant at, TicketStatus from, TicketStatus to) {
	}

	/**
	 * What the clocks depend on: creation, the first response, the customer message waiting for a reply (null
	 * when none waits), the pauses, and whether the clock stands still now.
	 */
	record Inputs(Instant createdAt, Instant firstResponseAt, Instant awaitingReplySince, List<Pause> pauses,
			boolean paused) {
	}

	/** When a target's clock started, when it warns and when it falls due. */
	record Deadline(Instant start, Instant due, Instant warnAt) {
	}

}
