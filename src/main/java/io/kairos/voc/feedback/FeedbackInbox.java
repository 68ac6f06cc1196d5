package io.kairos.voc.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerDirectory;
import io.kairos.customer.CustomerId;
import io.kairos.desk.DeskLookups;
import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;

/**
 * The feedback inbox (SPEC §5.5): survey verbatims, suggestions and praise in one list, classified by hand,
 * prioritised, assigned and tracked to closed. Praise that names a member of staff is routed to them and to the
 * supervisors of their teams, who find it under "for me".
 */
@Service
public class FeedbackInbox {

	static final int MAX_BODY = 4000;

	private static final String COLUMNS = """
			select id, kind, body, customer_id, ticket_id, survey_id, nps, category_id, priority, assignee_id, staff_id,
			    status, created_at, closed_at, version
			from feedback_item""";

	private final JdbcClient jdbc;

	private final FeedbackCategories categories;

	private final StaffDirectory staff;

	private final CustomerDirectory customers;

	private final DeskLookups desk;

	private final AuditLog audit;

	private final Clock clock;

	FeedbackInbox(JdbcClient jdbc, FeedbackCategories categories, StaffDirectory staff, CustomerDirectory customers,
			DeskLookups desk, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.staff = staff;
		this.customers = customers;
		this.desk = desk;
		this.audit = audit;
		this.clock = clock;
	}

	/** Files a survey answer's verbatim (once per response); a detractor's arrives with high priority. */
	@Transactional
	public Optional<Long> fromSurvey(long responseId, long surveyId, Long customerId, Long ticketId, Integer nps,
			String verbatim) {
		if (verbatim == null || verbatim.isBlank()) {
			return Optional.empty();
		}
		if (jdbc.sql("select count(*) from feedback_item where response_id = :r").param("r", responseId).query(Long.class).single() > 0) {
			return Optional.empty();
		}
		FeedbackPriority priority = nps != null && nps <= 6 ? FeedbackPriority.HIGH : FeedbackPriority.NORMAL;
		String body = verbatim.strip();
		return Optional.of(insert(FeedbackKind.VERBATIM, body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body,
				customerId, ticketId, surveyId, responseId, nps, null, priority, null, null));
	}

	@Transactional
	public FeedbackItem create(NewFeedback feedback, long createdBy) {
		if (feedback.kind() == null || feedback.kind() == FeedbackKind.VERBATIM) {
			throw ProblemException.invalid("kind", "problem.voc.feedback.kind");
		}
		String body = feedback.body() == null ? "" : feedback.body().strip();
		if (body.isEmpty() || body.length() > MAX_BODY) {
			throw ProblemException.invalid("body", "problem.voc.feedback.body", MAX_BODY);
		}
		if (feedback.customerId() != null && customers.findSummary(new CustomerId(feedback.customerId())).isEmpty()) {
			throw ProblemException.invalid("customerId", "problem.voc.invitation.customer");
		}
		if (feedback.staffId() != null && staff.find(feedback.staffId()).filter(StaffMember::enabled).isEmpty()) {
			throw ProblemException.invalid("staffId", "problem.voc.feedback.staff");
		}
		if (feedback.staffId() != null && feedback.kind() != FeedbackKind.PRAISE) {
			throw ProblemException.invalid("staffId", "problem.voc.feedback.staff-only-praise");
		}
		checkCategory(feedback.categoryId());
		long id = insert(feedback.kind(), body, feedback.customerId(), feedback.ticketId(), null, null, null,
				feedback.categoryId(), feedback.priority() == null ? FeedbackPriority.NORMAL : feedback.priority(),
				feedback.staffId(), createdBy);
		if (feedback.staffId() != null) {
			Set<Long> recipients = new LinkedHashSet<>();
			recipients.add(feedback.staffId());
			recipients.addAll(desk.supervisorsOf(feedback.staffId()));
			recipients.forEach(recipient -> jdbc.sql("insert into feedback_recipient (item_id, staff_id) values (:item, :staff)")
				.param("item", id)
				.param("staff", recipient)
				.update());
		}
		audit.record("voc.feedback.created", "feedback_item", id, Map.of("kind", feedback.kind().name()));
		return get(id);
	}

	@Transactional
	public FeedbackItem update(long id, long expectedVersion, FeedbackChange change) {
		FeedbackItem current = get(id);
		Long category = change.categoryId() == null ? current.categoryId() : checkCategory(change.categoryId());
		Long assignee = Boolean.TRUE.equals(change.unassign()) ? null
				: change.assigneeId() == null ? current.assigneeId() : checkAssignee(change.assigneeId());
		FeedbackPriority priority = change.priority() == null ? current.priority() : change.priority();
		FeedbackStatus status = change.status() == null ? current.status() : change.status();
		Instant now = clock.instant();
		Instant closed = status == FeedbackStatus.CLOSED ? (current.closedAt() == null ? now : current.closedAt()) : null;
		if (jdbc.sql("""
				update feedback_item set category_id = :category, assignee_id = :assignee, priority = :priority,
				    status = :status, closed_at = :closed, updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.param("category", category)
			.param("assignee", assignee)
			.param("priority", priority.name())
			.param("status", status.name())
			.param("closed", closed == null ? null : Timestamps.utc(closed))
			.param("now", Timestamps.utc(now))
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 0) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		Map<String, Object> detail = new HashMap<>();
		detail.put("status", status.name());
		detail.put("priority", priority.name());
		detail.put("assignee", assignee);
		detail.put("category", category);
		audit.record("voc.feedback.changed", "feedback_item", id, detail);
		return get(id);
	}

	@Transactional(readOnly = true)
	public FeedbackItem get(long id) {
		return jdbc.sql(COLUMNS + " where id = :id")
			.param("id", id)
			.query(this::row)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("problem.voc.feedback.not-found"));
	}

	/** Whether the item was routed to the member of staff (praise naming them or one of their team members). */
	@Transactional(readOnly = true)
	public boolean routedTo(long itemId, long staffId) {
		return jdbc.sql("select count(*) from feedback_recipient where item_id = :item and staff_id = :staff")
			.param("item", itemId)
			.param("staff", staffId)
			.query(Long.class)
			.single() > 0;
	}

	/** Newest first, a page at a time. */
	@Transactional(readOnly = true)
	public Keyset.Page<FeedbackItem> list(FeedbackFilter filter, Keyset keyset) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (filter.kind() != null) {
			where.append(" and kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.status() != null) {
			where.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.categoryId() != null) {
			where.append(" and category_id = :category");
			params.put("category", filter.categoryId());
		}
		if (filter.priority() != null) {
			where.append(" and priority = :priority");
			params.put("priority", filter.priority().name());
		}
		if (filter.assigneeId() != null) {
			where.append(" and assignee_id = :assignee");
			params.put("assignee", filter.assigneeId());
		}
		if (filter.routedTo() != null) {
			where.append(" and id in (select item_id from feedback_recipient where staff_id = :routed)");
			params.put("routed", filter.routedTo());
		}
		if (keyset.after() != null) {
			where.append(" and id < :after");
			params.put("after", keyset.after());
		}
		params.put("limit", keyset.fetchSize());
		return keyset.page(jdbc.sql(COLUMNS + where + " order by id desc fetch first :limit rows only")
			.params(params)
			.query(this::row)
			.list(), FeedbackItem::id);
	}

	private long insert(FeedbackKind kind, String body, Long customerId, Long ticketId, Long surveyId, Long responseId,
			Integer nps, Long categoryId, FeedbackPriority priority, Long staffId, Long createdBy) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into feedback_item (kind, body, customer_id, ticket_id, survey_id, response_id, nps, category_id,
				    priority, staff_id, status, created_by, created_at, updated_at, version)
				values (:kind, :body, :customer, :ticket, :survey, :response, :nps, :category, :priority, :staff, 'NEW',
				    :createdBy, :now, :now, 0)""")
			.param("kind", kind.name())
			.param("body", body)
			.param("customer", customerId)
			.param("ticket", ticketId)
			.param("survey", surveyId)
			.param("response", responseId)
			.param("nps", nps)
			.param("category", categoryId)
			.param("priority", priority.name())
			.param("staff", staffId)
			.param("createdBy", createdBy)
			.param("now", Timestamps.utc(clock.instant()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private Long checkCategory(Long categoryId) {
		if (categoryId != null && categories.find(categoryId).filter(FeedbackCategory::active).isEmpty()) {
			throw ProblemException.invalid("categoryId", "problem.voc.category.unknown");
		}
		return categoryId;
	}

	private Long checkAssignee(long assigneeId) {
		if (staff.find(assigneeId).filter(StaffMember::enabled).isEmpty()) {
			throw ProblemException.invalid("assigneeId", "problem.voc.feedback.assignee");
		}
		return assigneeId;
	}

	private FeedbackItem row(ResultSet rs, int n) throws SQLException {
		return new FeedbackItem(rs.getLong("id"), FeedbackKind.valueOf(rs.getString("kind")), rs.getString("body"),
				rs.getObject("customer_id", Long.class), rs.getObject("ticket_id", Long.class),
				rs.getObject("survey_id", Long.class), rs.getObject("nps", Integer.class),
				rs.getObject("category_id", Long.class), FeedbackPriority.valueOf(rs.getString("priority")),
				rs.getObject("assignee_id", Long.class), rs.getObject("staff_id", Long.class),
				FeedbackStatus.valueOf(rs.getString("status")), at(rs, "created_at"), at(rs, "closed_at"),
				rs.getLong("version"));
	}

	private static Instant at(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
