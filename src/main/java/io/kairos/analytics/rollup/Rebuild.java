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
import io.kairos.journey.MotFacts;
import io.kairos.voc.SurveyFacts;

/**
 * Recomputes every roll-up from the desk's tickets, the survey responses and the MOT scores: empties the roll-ups
 * and facts, then applies every ticket's fact page by page (one transaction per page) through the same {@link TicketProjector#apply} the events use, so
 * a rebuild gives exactly what the events built. An event arriving meanwhile takes its turn on the fact's row
 * lock; whichever comes second finds the same fact counted and adds nothing. Responses and scores are counted
 * once each, remembered by id, as their events do.
 */
@Service
public class Rebuild {

	static final int PAGE = 500;

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
			transaction.executeWithoutResult(status -> page
				.forEach(fact -> projector.apply(fact.ticketId(), Optional.of(fact))));
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
			transaction.executeWithoutResult(status -> page.forEach(feedback::count));
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
			transaction.executeWithoutResult(status -> page.forEach(feedback::count));
			after = page.get(page.size() - 1).scoreId();
			moments += page.size();
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		audit.record("analytics.rebuild", "analytics", "rollups",
				Map.of("tickets", count, "responses", responses, "motScores", moments, "millis", millis));
		return new RebuildResult(count, responses, moments, millis);
	}

	/** How many tickets, survey responses and MOT scores were counted, and how long it took. */
	public record RebuildResult(long tickets, long responses, long motScores, long millis) {
	}

}
