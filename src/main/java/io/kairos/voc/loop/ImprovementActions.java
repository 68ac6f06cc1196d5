package io.kairos.voc.loop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;
import io.kairos.voc.feedback.FeedbackCategories;

/**
 * The outer loop: what the organisation changes because a theme keeps coming back in the feedback. Each action
 * has an owner, a status and (usually) the theme it answers; every change is audited.
 */
@Service
public class ImprovementActions {

	static final int MAX_TITLE = 200;

	static final int MAX_DESCRIPTION = 4000;

	private static final String COLUMNS = """
			select id, title, description, category_id, owner_id, status, due_date, created_at, updated_at, version
			from improvement_action""";

	private final JdbcClient jdbc;

	private final StaffDirectory staff;

	private final FeedbackCategories categories;

	private final AuditLog audit;

	private final Clock clock;

	ImprovementActions(JdbcClient jdbc, StaffDirectory staff, FeedbackCategories categories, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.categories = categories;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public ImprovementActionView create(ActionCommand command) {
		String title = title(command.title());
		String description = description(command.description());
		long owner = owner(command.ownerId());
		Long category = category(command.categoryId());
		ActionStatus status = command.status() == null ? ActionStatus.OPEN : command.status();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into improvement_action (title, description, category_id, owner_id, status, due_date,
				    created_at, updated_at, version)
				values (:title, :description, :category, :owner, :status, :due, :now, :now, 0)""")
			.param("title", title)
			.param("description", description)
			.param("category", category)
			.param("owner", owner)
			.param("status", status.name())
			.param("due", command.dueDate())
			.param("now", Timestamps.utc(clock.instant()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("voc.improvement-action.created", "improvement_action", id,
				Map.of("owner", owner, "status", status.name()));
		return get(id);
	}

	@Transactional
	public ImprovementActionView update(long id, long expectedVersion, ActionCommand command) {
		ImprovementActionView current = get(id);
		String title = command.title() == null ? current.title() : title(command.title());
		String description = command.description() == null ? current.description() : description(command.description());
		long owner = command.ownerId() == null ? current.ownerId() : owner(command.ownerId());
		Long category = command.categoryId() == null ? current.categoryId() : category(command.categoryId());
		ActionStatus status = command.status() == null ? current.status() : command.status();
		LocalDate due = command.dueDate() == null ? current.dueDate() : command.dueDate();
		int changed = jdbc.sql("""
				update improvement_action set title = :title, description = :description, category_id = :category,
				    owner_id = :owner, status = :status, due_date = :due, updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.param("title", title)
			.param("description", description)
			.param("category", category)
			.param("owner", owner)
			.param("status", status.name())
			.param("due", due)
			.param("now", Timestamps.utc(clock.instant()))
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (changed == 0) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		audit.record("voc.improvement-action.changed", "improvement_action", id,
				Map.of("owner", owner, "status", status.name(), "from", current.status().name()));
		return get(id);
	}

	@Transactional(readOnly = true)
	public ImprovementActionView get(long id) {
		return jdbc.sql(COLUMNS + " where id = :id")
			.param("id", id)
			.query(this::row)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("problem.voc.action.not-found"));
	}

	/** Newest first, optionally of one status and theme. */
	@Transactional(readOnly = true)
	public Keyset.Page<ImprovementActionView> list(ActionStatus status, Long categoryId, Keyset keyset) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (status != null) {
			where.append(" and status = :status");
			params.put("status", status.name());
		}
		if (categoryId != null) {
			where.append(" and category_id = :category");
			params.put("category", categoryId);
		}
		if (keyset.after() != null) {
			where.append(" and id < :after");
			params.put("after", keyset.after());
		}
		params.put("limit", keyset.fetchSize());
		return keyset.page(jdbc.sql(COLUMNS + where + " order by id desc fetch first :limit rows only")
			.params(params)
			.query(this::row)
			.list(), ImprovementActionView::id);
	}

	private static String title(String title) {
		String clean = title == null ? "" : title.strip();
		if (clean.isEmpty() || clean.length() > MAX_TITLE) {
			throw ProblemException.invalid("title", "problem.voc.action.title", MAX_TITLE);
		}
		return clean;
	}

	private static String description(String description) {
		if (description == null || description.isBlank()) {
			return null;
		}
		if (description.length() > MAX_DESCRIPTION) {
			throw ProblemException.invalid("description", "problem.voc.action.description", MAX_DESCRIPTION);
		}
		return description.strip();
	}

	private long owner(Long ownerId) {
		if (ownerId == null || staff.find(ownerId).filter(StaffMember::enabled).isEmpty()) {
			throw ProblemException.invalid("ownerId", "problem.voc.action.owner");
		}
		return ownerId;
	}

	private Long category(Long categoryId) {
		if (categoryId != null && categories.find(categoryId).isEmpty()) {
			throw ProblemException.invalid("categoryId", "problem.voc.category.unknown");
		}
		return categoryId;
	}

	private ImprovementActionView row(ResultSet rs, int n) throws SQLException {
		long owner = rs.getLong("owner_id");
		java.sql.Date due = rs.getDate("due_date");
		return new ImprovementActionView(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
				rs.getObject("category_id", Long.class), owner,
				staff.find(owner).map(StaffMember::displayName).orElse(null), ActionStatus.valueOf(rs.getString("status")),
				due == null ? null : due.toLocalDate(), FollowUps.at(rs, "created_at"), FollowUps.at(rs, "updated_at"),
				rs.getLong("version"));
	}

}
