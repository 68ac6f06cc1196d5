package io.kairos.identity.audit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;

/** Reads the audit log, newest first, a keyset page at a time. Filters bind as parameters, never as SQL. */
@Component
class AuditQueries {

	private final JdbcClient jdbc;

	AuditQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Keyset.Page<AuditEventView> page(AuditFilter filter, Keyset keyset) {
		if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
			throw ProblemException.invalid("from", "problem.audit.range");
		}
		StringBuilder sql = new StringBuilder("""
				select id, occurred_at, actor, action, subject_type, subject_id, client_ip, request_id, detail
				from audit_event where 1 = 1""");
		Map<String, Object> params = new HashMap<>();
		condition(sql, params, "actor", filter.actor());
		condition(sql, params, "action", filter.action());
		condition(sql, params, "subject_type", filter.subjectType());
		condition(sql, params, "subject_id", filter.subjectId());
		if (filter.from() != null) {
			sql.append(" and occurred_at >= :from");
			params.put("from", Timestamps.utc(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and occurred_at < :to");
			params.put("to", Timestamps.utc(filter.to()));
		}
		if (keyset.after() != null) {
			sql.append(" and id < :after");
			params.put("after", keyset.after());
		}
		sql.append(" order by id desc limit :limit");
		params.put("limit", keyset.fetchSize());
		List<AuditEventView> rows = jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new AuditEventView(rs.getLong("id"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
					rs.getString("client_ip"), rs.getString("request_id"), rs.getString("detail")))
			.list();
		return keyset.page(rows, AuditEventView::id);
	}

	@Transactional(readOnly = true)
	AuditEventView find(long id) {
		Keyset.Page<AuditEventView> page = page(new AuditFilter(null, null, null, null, null, null),
				new Keyset(id + 1, 1));
		return page.items()
			.stream()
			.filter(event -> event.id() == id)
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("problem.audit.not-found"));
	}

	private static void condition(StringBuilder sql, Map<String, Object> params, String column, String value) {
		if (value != null && !value.isBlank()) {
			sql.append(" and ").append(column).append(" = :").append(column);
			params.put(column, value.strip());
		}
	}

}
