package io.kairos.analytics.rollup;

import java.util.List;
import java.util.Map;

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
 * and facts, then applies the tickets' facts page by page (one transaction per page) by the same rules the events use
 * ({@link TicketProjector#applyPage}: new contribution − counted contribution, summed over the page per roll-up
 * row, the facts written in JDBC batches), so a rebuild gives exactly what the events built. An event arriving
 * meanwhile takes its turn on the facts' row locks; whichever comes second finds the same fact counted and adds
 * nothing. Responses and scores are counted once each, remembered by id, as their events do, page by page.
 */
@Service
public class Rebuild {

	static final int PAGE = 5_000;

	private static final int ATTEMPTS = 4;

	private final TicketFacts tickets;

	private final TicketProjector projector;

	private final RollupStore rollups;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	private final SurveyFacts surveys;

	private final MotFacts scores;

	private final FeedbackProjector feedback;

	Rebuild(TicketFacts tickets, TicketProjector projector, RollupStore rollups, PlatformTransactionManager transactions,
			AuditLog audit, SurveyFacts surveys, MotFacts scores, FeedbackProjector feedback) {
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
		long after = 0;
		long count = 0;
		while (true) {
			List<TicketFact> page = tickets.page(after, PAGE);
			if (page.isEmpty()) {
				break;
			}
			inTurn(() -> projector.applyPage(page));
			after = page.get(page.size() - 1).ticketId();
			count += page.size();
		}
		long responses = 0;
		after = 0;
		while (true) {
			List<SurveyFacts.Fact> page = surveys.page(after, PAGE);
			if (page.isEmpty()) {
				break;
			}
			inTurn(() -> feedback.countSurveys(page));
			after = page.get(page.size() - 1).responseId();
			responses += page.size();
		}
		long moments = 0;
		after = 0;
		while (true) {
			List<MotFacts.Fact> page = scores.page(after, PAGE);
			if (page.isEmpty()) {
				break;
			}
			inTurn(() -> feedback.countScores(page));
			after = page.get(page.size() - 1).scoreId();
			moments += page.size();
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		audit.record("analytics.rebuild", "analytics", "rollups",
				Map.of("tickets", count, "responses", responses, "motScores", moments, "millis", millis));
		return new RebuildResult(count, responses, moments, millis);
	}

	/**
	 * One page in a transaction of its own, done again when an event created the same roll-up row or counted the
	 * same response first, or the database chose the page as a deadlock victim: the retry reads what the event
	 * counted and adds only the rest.
	 */
	private void inTurn(Runnable page) {
		for (int attempt = 1;; attempt++) {
			try {
				transaction.executeWithoutResult(status -> page.run());
				return;
			}
			catch (DataIntegrityViolationException | TransientDataAccessException race) {
				if (attempt >= ATTEMPTS) {
					throw race;
				}
			}
		}
	}

	/** How many tickets, survey responses and MOT scores were counted, and how long it took. */
	public record RebuildResult(long tickets, long responses, long motScores, long millis) {
	}

}
