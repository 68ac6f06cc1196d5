package io.kairos.analytics.rollup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.desk.TicketFact;
import io.kairos.desk.TicketFacts;
import io.kairos.identity.AuditLog;
import io.kairos.journey.MotFacts;
import io.kairos.voc.SurveyFacts;

/**
 * Recomputes every roll-up from the desk's tickets, the survey responses and the MOT scores: empties the roll-ups
 * and facts, then counts the tickets' facts page by page (one transaction per page, the facts written in JDBC
 * batches) by the same rules the events use ({@link TicketProjector#countPage}: new contribution − counted
 * contribution). The pages' roll-up changes are summed in memory and written when {@value #FLUSH} rows have
 * gathered and at the end, so each roll-up row is written about once instead of once per page. An event arriving
 * meanwhile takes its turn on the facts' row locks; whichever comes second finds the same fact counted and adds
 * nothing, and since both only add, the order in which an event's change and the rebuild's sum reach a row does
 * not matter. Responses and scores are counted once each, remembered by id, as their events do. A rebuild that
 * stops half-way leaves roll-ups short of what the facts say is counted; running it again starts from empty.
 */
@Service
public class Rebuild {

	private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

	static final int PAGE = 5_000;

	/** Roll-up rows held before writing: about 100 MB of counters at most. */
	static final int FLUSH = 200_000;

	private static final int ATTEMPTS = 4;

	private final TicketFacts tickets;

	private final TicketProjector projector;

	private final RollupStore rollups;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	private final SurveyFacts surveys;

	private final MotFacts scores;

	private final FeedbackProjector feedback;

	private final TableStatistics statistics;

	Rebuild(TicketFacts tickets, TicketProjector projector, RollupStore rollups, PlatformTransactionManager transactions,
			AuditLog audit, SurveyFacts surveys, MotFacts scores, FeedbackProjector feedback,
			TableStatistics statistics) {
		this.statistics = statistics;
		this.surveys = surveys;
		this.scores = scores;
		this.feedback = feedback;
		this.tickets = tickets;
		this.projector = projector;
		this.rollups = rollups;
		this.transaction = new TransactionTemplate(transactions);
		this.audit = audit;
	}

	/** Rebuilds everything; the number of tickets counted. Audited. */
	public RebuildResult run() {
		long started = System.nanoTime();
		transaction.executeWithoutResult(status -> {
			rollups.clear();
			feedback.clear();
		});
		long count = count("tickets", tickets::page, TicketFact::ticketId, projector::countPage,
				new Sums<>(new TreeMap<>()), rollups::addAll);
		long responses = count("survey responses", surveys::page, SurveyFacts.Fact::responseId,
				feedback::countSurveys, new Sums<>(new HashMap<>()), feedback::addSurveys);
		long moments = count("MOT scores", scores::page, MotFacts.Fact::scoreId, feedback::countScores,
				new Sums<>(new HashMap<>()), feedback::addScores);
		statistics.refresh();
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Analytics rebuilt in {} ms: {} tickets, {} survey responses, {} MOT scores", millis, count,
				responses, moments);
		audit.record("analytics.rebuild", "analytics", "rollups",
				Map.of("tickets", count, "responses", responses, "motScores", moments, "millis", millis));
		return new RebuildResult(count, responses, moments, millis);
	}

	/**
	 * Counts every page of one source (ascending ids), each in a transaction of its own, and writes the summed
	 * roll-up changes whenever {@link #FLUSH} rows have gathered and at the end; the number of items read.
	 */
	private <F, K> long count(String what, Pages<F> pages, ToLongFunction<F> idOf,
			Function<List<F>, Map<K, long[]>> countPage, Sums<K> sums, Consumer<Map<K, long[]>> write) {
		long after = 0;
		long count = 0;
		while (true) {
			List<F> page = pages.after(after, PAGE);
			if (page.isEmpty()) {
				break;
			}
			sums.add(inTurn(() -> countPage.apply(page)));
			if (sums.size() >= FLUSH) {
				flush(sums, write);
			}
			after = idOf.applyAsLong(page.get(page.size() - 1));
			count += page.size();
			if (count % (PAGE * 20) == 0) {
				log.info("Analytics rebuild: {} {} counted", count, what);
				statistics.refresh();
			}
		}
		flush(sums, write);
		return count;
	}

	private <K> void flush(Sums<K> sums, Consumer<Map<K, long[]>> write) {
		Map<K, long[]> rows = sums.rows();
		if (!rows.isEmpty()) {
			inTurn(() -> {
				write.accept(rows);
				return null;
			});
			// After the commit: the next updates are planned from statistics that know these rows.
			statistics.refresh();
		}
		sums.clear();
	}

	/**
	 * One step in a transaction of its own, done again when an event created the same roll-up row or counted the
	 * same item first, or the database chose the step as a deadlock victim: a page's retry reads what the event
	 * counted and counts only the rest; a flush's retry finds the event's row and adds to it.
	 */
	private <T> T inTurn(Supplier<T> step) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> step.get());
			}
			catch (DataIntegrityViolationException | TransientDataAccessException race) {
				if (attempt >= ATTEMPTS) {
					throw race;
				}
			}
		}
	}

	/** A source read in pages of ascending ids. */
	@FunctionalInterface
	private interface Pages<F> {

		List<F> after(long afterId, int size);

	}

	/** How many tickets, survey responses and MOT scores were counted, and how long it took. */
	public record RebuildResult(long tickets, long responses, long motScores, long millis) {
	}

}
