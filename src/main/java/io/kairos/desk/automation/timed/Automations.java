package io.kairos.desk.automation.timed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.desk.TicketStatus;
import io.kairos.desk.automation.rule.ActionRunner;
import io.kairos.desk.automation.rule.Condition;
import io.kairos.desk.automation.rule.Conditions;
import io.kairos.desk.automation.rule.Match;
import io.kairos.desk.automation.rule.RuleAction;
import io.kairos.desk.automation.rule.RuleCheck;
import io.kairos.desk.automation.rule.RuleJson;
import io.kairos.desk.automation.rule.RuleSource;
import io.kairos.desk.automation.rule.TicketFacts;
import io.kairos.desk.automation.rule.Texts;
import io.kairos.desk.ticket.TicketView;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * Time-based automations (SPEC §2.8): definitions, a dry-run preview of the tickets that match now, and the run.
 * A run acts on each (automation, ticket, timestamp counted from) at most once: the claim row is inserted in the
 * same transaction as the actions, and its primary key stops a second node or a second run.
 */
@Service
public class Automations {

	private static final Logger log = LoggerFactory.getLogger(Automations.class);

	/** The most a preview lists. */
	public static final int PREVIEW_LIMIT = 100;

	private static final int BATCH = 500;

	private static final int MAX_HOURS = 24 * 366;

	private static final String COLUMNS = """
			select id, name, status, since_field, hours, match_mode, conditions, actions, position, active, version,
			updated_at from desk_automation""";

	private final JdbcClient jdbc;

	private final Tickets tickets;

	private final ActionRunner runner;

	private final RuleCheck check;

	private final RuleJson json;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Automations(JdbcClient jdbc, Tickets tickets, ActionRunner runner, RuleCheck check, RuleJson json, AuditLog audit,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.runner = runner;
		this.check = check;
		this.json = json;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AutomationView> all() {
		return jdbc.sql(COLUMNS + " order by position, id").query(this::view).list();
	}

	@Transactional(readOnly = true)
	public AutomationView find(long id) {
		return jdbc.sql(COLUMNS + " where id = :id")
			.param("id", id)
			.query(this::view)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("problem.automation.not-found"));
	}

	@Transactional
	public AutomationView create(AutomationCommand command) {
		AutomationView checked = check(0, command);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into desk_automation (name, status, since_field, hours, match_mode, conditions, actions, position,
				active, version, created_at, updated_at)
				values (:name, :status, :since, :hours, :match, :conditions, :actions, :position, :active, 0, :now, :now)""")
			.params(columns(checked))
			.update(keys, "id");
		long id = Objects.requireNonNull(keys.getKey()).longValue();
		audit.record("automation.created", "automation", id, Map.of("name", checked.name()));
		return find(id);
	}

	@Transactional
	public AutomationView update(long id, long expectedVersion, AutomationCommand command) {
		find(id);
		AutomationView checked = check(id, command);
		int updated = jdbc.sql("""
				update desk_automation set name = :name, status = :status, since_field = :since, hours = :hours,
				match_mode = :match, conditions = :conditions, actions = :actions, position = :position, active = :active,
				version = version + 1, updated_at = :now where id = :id and version = :version""")
			.params(columns(checked))
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		audit.record("automation.changed", "automation", id, Map.of("name", checked.name(), "active", checked.active()));
		return find(id);
	}

	@Transactional
	public void delete(long id) {
		AutomationView automation = find(id);
		jdbc.sql("delete from desk_automation where id = :id").param("id", id).update();
		audit.record("automation.deleted", "automation", id, Map.of("name", automation.name()));
	}

	/** The tickets a saved automation would act on now (at most {@link #PREVIEW_LIMIT}); changes nothing. */
	@Transactional(readOnly = true)
	public List<AutomationMatch> preview(long id) {
		return matches(find(id), PREVIEW_LIMIT);
	}

	/** The same for a definition not saved yet, checked as a save would check it. */
	@Transactional(readOnly = true)
	public List<AutomationMatch> preview(AutomationCommand command) {
		return matches(check(0, command), PREVIEW_LIMIT);
	}

	/** Runs every active automation in order; the number of tickets acted on. */
	public int runAll() {
		int acted = 0;
		for (AutomationView automation : all()) {
			if (automation.active()) {
				acted += run(automation);
			}
		}
		return acted;
	}

	/** Runs one automation now (active or not); the number of tickets acted on. */
	public int run(long id) {
		return run(find(id));
	}

	private int run(AutomationView automation) {
		int acted = 0;
		for (AutomationMatch match : matches(automation, Integer.MAX_VALUE)) {
			try {
				if (Boolean.TRUE.equals(transaction.execute(status -> actOn(automation, match, status)))) {
					acted++;
				}
			}
			catch (DuplicateKeyException claimedElsewhere) {
				// Another node claimed the same ticket at the same moment: it acts, this one does not.
			}
			catch (ProblemException refused) {
				log.warn("Automation {} skipped ticket {}: {}", automation.id(), match.ticketId(), refused.messageKey());
			}
		}
		return acted;
	}

	private boolean actOn(AutomationView automation, AutomationMatch match,
			org.springframework.transaction.TransactionStatus status) {
		String column = automation.since().column();
		// Under the ticket's row lock, check the ticket still qualifies: someone may have changed it since the scan.
		Instant since = jdbc.sql("select status, " + column + " as since_at from ticket where id = :id for update")
			.param("id", match.ticketId())
			.query((rs, n) -> automation.status().name().equals(rs.getString("status"))
					? Timestamps.instant(rs.getObject("since_at", OffsetDateTime.class)) : null)
			.optional()
			.orElse(null);
		if (since == null || !since.equals(match.since())) {
			return false;
		}
		int claimed = jdbc.sql("""
				insert into desk_automation_claim (automation_id, ticket_id, since_at, claimed_at)
				select :automation, :ticket, :since, :now where not exists (select 1 from desk_automation_claim
				where automation_id = :automation and ticket_id = :ticket and since_at = :since)""")
			.param("automation", automation.id())
			.param("ticket", match.ticketId())
			.param("since", Timestamps.utc(since))
			.param("now", Timestamps.utc(clock.instant()))
			.update();
		if (claimed == 0) {
			status.setRollbackOnly();
			return false;
		}
		runner.apply(match.ticketId(), automation.actions(),
				new RuleSource("automation.ran", automation.id(), automation.name(), since));
		return true;
	}

	/**
	 * Tickets in the automation's status whose timestamp lies more than its hours back and that it has not acted on
	 * for that timestamp yet, oldest first; the optional conditions are then tested on each ticket.
	 */
	private List<AutomationMatch> matches(AutomationView automation, int limit) {
		String column = automation.since().column();
		Instant cutoff = clock.instant().minus(Duration.ofHours(automation.hours()));
		List<AutomationMatch> found = new ArrayList<>();
		long after = 0;
		while (found.size() < limit) {
			List<Candidate> batch = jdbc.sql("select t.id, t." + column + " as since_at from ticket t"
					+ " where t.status = :status and t." + column + " <= :cutoff and t.id > :after"
					+ " and not exists (select 1 from desk_automation_claim c where c.automation_id = :automation"
					+ " and c.ticket_id = t.id and c.since_at = t." + column + ")"
					+ " order by t.id limit " + BATCH)
				.param("status", automation.status().name())
				.param("cutoff", Timestamps.utc(cutoff))
				.param("after", after)
				.param("automation", automation.id())
				.query((rs, n) -> new Candidate(rs.getLong("id"),
						Timestamps.instant(rs.getObject("since_at", OffsetDateTime.class))))
				.list();
			for (Candidate candidate : batch) {
				TicketView ticket = tickets.find(candidate.id(), Viewer.SYSTEM);
				if (found.size() < limit
						&& Conditions.matches(automation.match(), automation.conditions(), TicketFacts.of(ticket))) {
					found.add(new AutomationMatch(ticket.id(), ticket.number(), ticket.subject(), ticket.status(),
							ticket.priority(), candidate.since()));
				}
				after = candidate.id();
			}
			if (batch.size() < BATCH) {
				break;
			}
		}
		return found;
	}

	private AutomationView check(long id, AutomationCommand command) {
		String name = Texts.line("name", command.name(), 100);
		if (command.status() == null) {
			throw ProblemException.invalid("status", "validation.required");
		}
		if (command.status() == TicketStatus.CLOSED) {
			throw ProblemException.invalid("status", "problem.automation.closed");
		}
		if (command.since() == null) {
			throw ProblemException.invalid("since", "validation.required");
		}
		if (command.hours() == null || command.hours() < 1 || command.hours() > MAX_HOURS) {
			throw ProblemException.invalid("hours", "problem.automation.hours", 1, MAX_HOURS);
		}
		List<Condition> conditions = check.conditions(command.conditions());
		List<RuleAction> actions = check.actions(command.actions(), true);
		int position = command.position() == null ? 0 : command.position();
		if (position < 0 || position > 100_000) {
			throw ProblemException.invalid("position", "problem.rule.position");
		}
		return new AutomationView(id, name, command.status(), command.since(), command.hours(),
				Objects.requireNonNullElse(command.match(), Match.ALL), conditions, actions, position,
				!Boolean.FALSE.equals(command.active()), 0, null);
	}

	private Map<String, Object> columns(AutomationView automation) {
		return Map.ofEntries(Map.entry("name", automation.name()), Map.entry("status", automation.status().name()),
				Map.entry("since", automation.since().name()), Map.entry("hours", automation.hours()),
				Map.entry("match", automation.match().name()), Map.entry("conditions", json.write(automation.conditions())),
				Map.entry("actions", json.write(automation.actions())), Map.entry("position", automation.position()),
				Map.entry("active", automation.active()), Map.entry("now", Timestamps.utc(clock.instant())));
	}

	private AutomationView view(ResultSet rs, int row) throws SQLException {
		return new AutomationView(rs.getLong("id"), rs.getString("name"), TicketStatus.valueOf(rs.getString("status")),
				SinceField.valueOf(rs.getString("since_field")), rs.getInt("hours"),
				Match.valueOf(rs.getString("match_mode")), json.conditions(rs.getString("conditions")),
				json.actions(rs.getString("actions")), rs.getInt("position"), rs.getBoolean("active"),
				rs.getLong("version"), Timestamps.instant(rs.getObject("updated_at", OffsetDateTime.class)));
	}

	private record Candidate(long id, Instant since) {
	}

}
