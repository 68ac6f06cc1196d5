package io.kairos.analytics.rollup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.desk.TicketFact;
import io.kairos.desk.TicketFacts;
import io.kairos.identity.AuditLog;

/**
 * Recomputes every roll-up from the desk's tickets: empties the roll-ups and facts, then applies every ticket's
 * fact page by page (one transaction per page) through the same {@link TicketProjector#apply} the events use, so
 * a rebuild gives exactly what the events built. An event arriving meanwhile takes its turn on the fact's row
 * lock; whichever comes second finds the same fact counted and adds nothing.
 */
@Service
public class Rebuild {

	static final int PAGE = 500;

	private final TicketFacts tickets;

	private final TicketProjector projector;

	private final RollupStore rollups;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	Rebuild(TicketFacts tickets, TicketProjector projector, RollupStore rollups, PlatformTransactionManager transactions,
			AuditLog audit) {
		this.tickets = tickets;
		this.projector = projector;
		this.rollups = rollups;
		this.transaction = new TransactionTemplate(transactions);
		this.audit = audit;
	}

	/** Rebuilds everything; the number of tickets counted. Audited. */
	public RebuildResult run() {
		long started = System.nanoTime();
		transaction.executeWithoutResult(status -> rollups.clear());
		long after = 0;
		long count = 0;
		while (true) {
			List<TicketFact> page = tickets.page(after, PAGE);
			if (page.isEmpty()) {
				break;
			}
			transaction.executeWithoutResult(status -> page
				.forEach(fact -> projector.apply(fact.ticketId(), Optional.of(fact))));
			after = page.get(page.size() - 1).ticketId();
			count += page.size();
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		audit.record("analytics.rebuild", "analytics", "rollups", Map.of("tickets", count, "millis", millis));
		return new RebuildResult(count, millis);
	}

	/** How many tickets were counted and how long it took. */
	public record RebuildResult(long tickets, long millis) {
	}

}
