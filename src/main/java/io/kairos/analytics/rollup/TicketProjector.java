package io.kairos.analytics.rollup;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.desk.TicketFact;
import io.kairos.desk.TicketFacts;

/**
 * Brings one ticket's share of the roll-ups up to date: locks the ticket's counted fact, reads the ticket's fact
 * as it stands now from the desk, and adds (new contribution − old contribution) to the roll-ups, all in one
 * transaction. State-based, so it does not matter which event triggered it or how often: a replayed or late event
 * reads the same current state and adds nothing. A fact older than the one counted (a lower ticket version) is
 * never applied.
 */
@Component
public class TicketProjector {

	private static final Logger log = LoggerFactory.getLogger(TicketProjector.class);

	private static final int ATTEMPTS = 4;

	private final TicketFacts tickets;

	private final FactStore facts;

	private final RollupStore rollups;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ZoneId zone;

	TicketProjector(TicketFacts tickets, FactStore facts, RollupStore rollups, PlatformTransactionManager transactions,
			Clock clock, @Value("${kairos.analytics.zone:Asia/Shanghai}") ZoneId zone) {
		this.tickets = tickets;
		this.facts = facts;
		this.rollups = rollups;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.zone = zone;
	}

	/** The reporting time zone: roll-up days are days here. */
	public ZoneId zone() {
		return zone;
	}

	/**
	 * Refreshes the ticket in a transaction of its own, retried when another writer created the same roll-up row
	 * or fact first, or the database chose this transaction as a deadlock victim.
	 */
	public void refresh(long ticketId) {
		for (int attempt = 1;; attempt++) {
			try {
				transaction.executeWithoutResult(status -> apply(ticketId, tickets.of(ticketId)));
				return;
			}
			catch (DataIntegrityViolationException | TransientDataAccessException race) {
				if (attempt >= ATTEMPTS) {
					throw race;
				}
				log.debug("Ticket {} raced another roll-up writer; attempt {}", ticketId, attempt + 1);
			}
		}
	}

	/** Applies a fact in the caller's transaction (the rebuild reads facts in pages); the same rules as refresh. */
	void apply(long ticketId, Optional<TicketFact> current) {
		Optional<TicketFact> counted = facts.lock(ticketId);
		if (current.isEmpty()) {
			return;
		}
		TicketFact fresh = current.get();
		if (counted.isPresent() && counted.get().version() > fresh.version()) {
			return;
		}
		Map<RollupKey, long[]> delta = Contributions.delta(Contributions.of(counted.orElse(null), zone),
				Contributions.of(fresh, zone));
		if (delta.isEmpty() && counted.isPresent() && counted.get().equals(fresh)) {
			return;
		}
		rollups.add(delta);
		facts.save(fresh, counted.isPresent(), clock.instant());
	}

	/**
	 * Counts a page of facts (ascending ticket ids) in the caller's transaction, by the same rules as
	 * {@link #apply} per ticket, but with one locking read for the page and the facts written in JDBC batches. The
	 * page's roll-up changes are returned summed per row, for the caller to write ({@link RollupStore#addAll}) once
	 * it has gathered many pages; until then the facts say counted what the roll-ups do not hold yet.
	 */
	Map<RollupKey, long[]> countPage(List<TicketFact> page) {
		if (page.isEmpty()) {
			return Map.of();
		}
		Map<Long, TicketFact> counted = facts.lock(page.get(0).ticketId(), page.get(page.size() - 1).ticketId());
		Map<RollupKey, long[]> sum = new TreeMap<>();
		List<TicketFact> inserts = new ArrayList<>();
		List<TicketFact> updates = new ArrayList<>();
		for (TicketFact fresh : page) {
			TicketFact old = counted.get(fresh.ticketId());
			if (old != null && old.version() > fresh.version()) {
				continue;
			}
			Map<RollupKey, long[]> delta = Contributions.delta(Contributions.of(old, zone),
					Contributions.of(fresh, zone));
			if (delta.isEmpty() && fresh.equals(old)) {
				continue;
			}
			delta.forEach((key, counters) -> {
				long[] row = sum.computeIfAbsent(key, k -> new long[counters.length]);
				for (int i = 0; i < row.length; i++) {
					row[i] += counters[i];
				}
			});
			(old == null ? inserts : updates).add(fresh);
		}
		sum.values().removeIf(Contributions::zero);
		facts.saveAll(inserts, updates, clock.instant());
		return sum;
	}

}
