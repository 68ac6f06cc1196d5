package io.kairos.desk.automation.trigger;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The loop guard of triggers. A chain starts with a change someone (or some other job) made to a ticket; the
 * triggers' own actions continue it. Each trigger fires at most once per chain, so two triggers that undo each
 * other stop after one round each, and {@link #MAX_DEPTH} caps the rounds whatever happens.
 * <p>
 * The events reach the triggers after commit and carry no chain id, so the chain is recognised by time (epoch
 * microseconds): an event by Kairos itself inside the span in which triggers acted on this ticket is their echo;
 * an event with the chain's origin time is another event of the change that started it (an update publishes
 * TicketChanged and TicketStatusChanged with the same instant). Anything else starts a new chain.
 */
record TriggerChain(long originUs, Set<Long> fired, int depth, long actedFrom, long actedUntil) {

	static final int MAX_DEPTH = 10;

	TriggerChain {
		fired = Set.copyOf(fired);
	}

	/** The chain an event at {@code atUs} belongs to, given the ticket's last chain (null when it has none). */
	static TriggerChain of(TriggerChain last, long atUs, boolean byKairos) {
		if (last != null && byKairos && atUs >= last.actedFrom && atUs <= last.actedUntil) {
			return new TriggerChain(last.originUs, last.fired, last.depth + 1, last.actedFrom, last.actedUntil);
		}
		if (last != null && last.originUs == atUs) {
			return last;
		}
		return new TriggerChain(atUs, Set.of(), 0, atUs, atUs - 1);
	}

	boolean hasFired(long triggerId) {
		return fired.contains(triggerId);
	}

	boolean tooDeep() {
		return depth > MAX_DEPTH;
	}

	/** The chain after triggers fired between {@code fromUs} and {@code untilUs}: their echo belongs to it. */
	TriggerChain firedNow(Set<Long> triggers, long fromUs, long untilUs) {
		Set<Long> all = new LinkedHashSet<>(fired);
		all.addAll(triggers);
		boolean acted = actedUntil >= actedFrom;
		return new TriggerChain(originUs, all, depth, acted ? Math.min(actedFrom, fromUs) : fromUs, untilUs);
	}

	static long micros(Instant at) {
		return at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
	}

}
