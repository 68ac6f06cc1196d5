package io.kairos.voc.loop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerDirectory;
import io.kairos.customer.CustomerId;
import io.kairos.customer.CustomerSummary;
import io.kairos.desk.DeskLookups;
import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;

/**
 * The inner loop (SPEC §5, issue 5 item 5): every detractor answer (and passives when the survey says so) becomes
 * a follow-up task for the agent of the answered ticket, else the survey's follow-up team, else the answer's team,
 * due after the survey's SLA. The owner records the outcome once; each outcome is audited.
 */
@Service
public class FollowUps {

	static final int MAX_NOTE = 2000;

	private static final String COLUMNS = """
			select id, survey_id, response_id, customer_id, ticket_id, agent_id, team_id, nps, verbatim, status,
			    outcome, note, due_at, created_at, completed_at, version
			from follow_up_task""";

	private final JdbcClient jdbc;

	private final FollowUpPolicies policies;

	private final CustomerDirectory customers;

	private final DeskLookups desk;

	private final AuditLog audit;

	private final Clock clock;

	FollowUps(JdbcClient jdbc, FollowUpPolicies policies, CustomerDirectory customers, DeskLookups desk, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.customers = customers;
		this.desk = desk;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens the follow-up of an answer if it needs one; an answer delivered twice still gets one task. */
	@Transactional
	public Optional<Long> open(AnsweredSurvey answer) {
		FollowUpPolicy policy = policies.of(answer.surveyId());
		if (!policy.followsUp(answer.nps())) {
			return Optional.empty();
		}
		if (jdbc.sql("select count(*) from follow_up_task where response_id = :r")
			.param("r", answer.responseId())
			.query(Long.class)
			.single() > 0) {
			return Optional.empty();
		}
		Long team = answer.agentId() != null ? null : policy.teamId() != null ? policy.teamId() : answer.teamId();
		Instant answered = answer.at() == null ? clock.instant() : answer.at();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into follow_up_task (response_id, survey_id, customer_id, ticket_id, agent_id, team_id, nps,
				    verbatim, status, due_at, created_at, version)
				values (:response, :survey, :customer, :ticket, :agent, :team, :nps, :verbatim, 'OPEN', :due, :now, 0)""")
			.param("response", answer.responseId())
			.param("survey", answer.surveyId())
			.param("customer", answer.customerId())
			.param("ticket", answer.ticketId())
			.param("agent", answer.agentId())
			.param("team", team)
			.param("nps", answer.nps())
			.param("verbatim", answer.verbatim() == null || answer.verbatim().isBlank() ? null : answer.verbatim())
			.param("due", Timestamps.utc(answered.plus(Duration.ofHours(policy.slaHours()))))
			.param("now", Timestamps.utc(clock.instant()))
			.update(keys, "id");
		return Optional.of(keys.getKey().longValue());
	}

	/** The open follow-ups of a member of staff (theirs, and their teams' without an agent), earliest due first. */
	@Transactional(readOnly = true)
	public List<FollowUpView> openFor(long staffId) {
		Set<Long> teams = desk.teamsOf(staffId);
		Map<String, Object> params = new HashMap<>();
		params.put("staff", staffId);
		String teamCondition = "";
		if (!teams.isEmpty()) {
			teamCondition = " or (agent_id is null and team_id in (:teams))";
			params.put("teams", teams);
		}
		return views(jdbc.sql(COLUMNS + " where status = 'OPEN' and (agent_id = :staff" + teamCondition
				+ ") order by due_at, id fetch first 200 rows only").params(params).query(this::row).list());
	}

	/** Follow-ups a member of staff completed lately, newest first. */
	@Transactional(readOnly = true)
	public List<FollowUpView> doneBy(long staffId, int limit) {
		return views(jdbc.sql(COLUMNS + " where status = 'DONE' and completed_by = :staff order by completed_at desc fetch first :limit rows only")
			.param("staff", staffId)
			.param("limit", limit)
			.query(this::row)
			.list());
	}

	@Transactional(readOnly = true)
	public List<FollowUpView> ofTicket(long ticketId) {
		return views(jdbc.sql(COLUMNS + " where ticket_id = :ticket order by id").param("ticket", ticketId).query(this::row).list());
	}

	/** Every follow-up, newest first, optionally only open or overdue ones; for supervisors and managers. */
	@Transactional(readOnly = true)
	public Keyset.Page<FollowUpView> all(String status, boolean overdueOnly, Keyset keyset) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (status != null) {
			where.append(" and status = :status");
			params.put("status", status);
		}
		if (overdueOnly) {
			where.append(" and status = 'OPEN' and due_at < :now");
			params.put("now", Timestamps.utc(clock.instant()));
		}
		if (keyset.after() != null) {
			where.append(" and id < :after");
			params.put("after", keyset.after());
		}
		params.put("limit", keyset.fetchSize());
		List<FollowUpView> rows = views(jdbc.sql(COLUMNS + where + " order by id desc fetch first :limit rows only")
			.params(params)
			.query(this::row)
			.list());
		return keyset.page(rows, FollowUpView::id);
	}

	@Transactional(readOnly = true)
	public FollowUpView get(long id) {
		return jdbc.sql(COLUMNS + " where id = :id")
			.param("id", id)
			.query(this::row)
			.optional()
			.map(view -> views(List.of(view)).get(0))
			.orElseThrow(() -> ProblemException.notFound("problem.voc.follow-up.not-found"));
	}

	/**
	 * Records the outcome: by the task's agent, a member of its team, or someone who reads VoC (a supervisor).
	 * A task takes one outcome; a second is refused with 409.
	 */
	@Transactional
	public FollowUpView record(long id, FollowUpOutcome outcome, String note, StaffPrincipal staff) {
		FollowUpView task = get(id);
		if (!mayWork(task, staff)) {
			throw ProblemException.forbidden("problem.voc.follow-up.not-yours");
		}
		if (outcome == null) {
			throw ProblemException.invalid("outcome", "problem.voc.follow-up.outcome");
		}
		String text = note == null ? null : note.strip();
		if (text != null && text.length() > MAX_NOTE) {
			throw ProblemException.invalid("note", "problem.voc.note.length", MAX_NOTE);
		}
		int changed = jdbc.sql("""
				update follow_up_task set status = 'DONE', outcome = :outcome, note = :note, completed_at = :now,
				    completed_by = :staff, version = version + 1
				where id = :id and status = 'OPEN'""")
			.param("outcome", outcome.name())
			.param("note", text == null || text.isEmpty() ? null : text)
			.param("now", Timestamps.utc(clock.instant()))
			.param("staff", staff.id())
			.param("id", id)
			.update();
		if (changed == 0) {
			throw ProblemException.conflict("problem.voc.follow-up.done");
		}
		audit.record("voc.follow-up.outcome", "follow_up_task", id, Map.of("outcome", outcome.name()));
		return get(id);
	}

	boolean mayWork(FollowUpView task, StaffPrincipal staff) {
		return staff.hasPermission("voc.read") || (task.agentId() != null && task.agentId() == staff.id())
				|| (task.agentId() == null && task.teamId() != null && desk.teamsOf(staff.id()).contains(task.teamId()));
	}

	private List<FollowUpView> views(List<FollowUpView> rows) {
		Map<Long, String> names = new HashMap<>();
		rows.stream()
			.map(FollowUpView::customerId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.forEach(id -> customers.findSummary(new CustomerId(id))
				.map(CustomerSummary::name)
				.ifPresent(name -> names.put(id, name)));
		return rows.stream()
			.map(v -> new FollowUpView(v.id(), v.surveyId(), v.responseId(), v.customerId(), names.get(v.customerId()),
					v.ticketId(), v.agentId(), v.teamId(), v.nps(), v.verbatim(), v.status(), v.outcome(), v.note(),
					v.dueAt(), v.overdue(), v.createdAt(), v.completedAt(), v.version()))
			.toList();
	}

	private FollowUpView row(ResultSet rs, int n) throws SQLException {
		Instant due = at(rs, "due_at");
		String status = rs.getString("status");
		String outcome = rs.getString("outcome");
		return new FollowUpView(rs.getLong("id"), rs.getLong("survey_id"), rs.getLong("response_id"),
				rs.getObject("customer_id", Long.class), null, rs.getObject("ticket_id", Long.class),
				rs.getObject("agent_id", Long.class), rs.getObject("team_id", Long.class),
				rs.getObject("nps", Integer.class), rs.getString("verbatim"), status,
				outcome == null ? null : FollowUpOutcome.valueOf(outcome), rs.getString("note"), due,
				"OPEN".equals(status) && due.isBefore(clock.instant()), at(rs, "created_at"), at(rs, "completed_at"),
				rs.getLong("version"));
	}

	static Instant at(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
