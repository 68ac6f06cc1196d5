package io.kairos.desk.ticket;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;

/**
 * Ticket lists and queues with keyset paging. Conditions are fixed SQL fragments chosen by the filter, values
 * always bound; the visibility rule of {@link Viewer} is part of every query.
 */
@Component
class TicketListing {

	/** Tickets without a resolution due time sort after every real one. */
	private static final Instant NO_DUE = Instant.parse("9999-12-31T00:00:00Z");

	private static final String COLUMNS = """
			select t.id, t.number, t.status, t.step, t.customer_id, t.channel, t.type, t.priority, t.subject, t.team_id,
			t.assignee_id, t.restricted, t.created_at, t.first_response_due, t.resolution_due, t.sla_paused_at,
			t.first_response_at from ticket t""";

	private final JdbcClient jdbc;

	TicketListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Keyset.Page<TicketListItem> page(TicketFilter filter, TicketSort sort, String cursor, Integer size, Viewer viewer) {
		Keyset paging = Keyset.of(sort == TicketSort.NEWEST ? cursor : null, size);
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		visibility(viewer, where, params);
		conditions(filter, where, params);
		String order;
		if (sort == TicketSort.NEWEST) {
			if (paging.after() != null) {
				where.add("t.id < :after");
				params.put("after", paging.after());
			}
			order = " order by t.id desc";
		}
		else {
			DueCursor after = DueCursor.decode(cursor);
			if (after != null) {
				where.add("(coalesce(t.resolution_due, :noDue) > :afterDue or (coalesce(t.resolution_due, :noDue) = :afterDue and t.id > :afterId))");
				params.put("afterDue", Timestamps.utc(after.due()));
				params.put("afterId", after.id());
			}
			params.put("noDue", Timestamps.utc(NO_DUE));
			order = " order by coalesce(t.resolution_due, :noDue), t.id";
		}
		String sql = COLUMNS + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order
				+ " fetch first " + paging.fetchSize() + " rows only";
		List<TicketListItem> rows = jdbc.sql(sql).params(params).query(TicketListing::map).list();
		if (sort == TicketSort.NEWEST) {
			return paging.page(rows, TicketListItem::id);
		}
		if (rows.size() <= paging.size()) {
			return new Keyset.Page<>(rows, null);
		}
		List<TicketListItem> items = List.copyOf(rows.subList(0, paging.size()));
		TicketListItem last = items.get(items.size() - 1);
		Instant due = last.resolutionDue() == null ? NO_DUE : last.resolutionDue();
		return new Keyset.Page<>(items, new DueCursor(due, last.id()).encode());
	}

	private static void visibility(Viewer viewer, List<String> where, Map<String, Object> params) {
		if (viewer.seesAll()) {
			return;
		}
		where.add("(t.restricted = false or t.assignee_id = :viewer"
				+ " or t.team_id in (select m.team from team_member m where m.staff_id = :viewer))");
		params.put("viewer", viewer.staffId());
	}

	private static void conditions(TicketFilter filter, List<String> where, Map<String, Object> params) {
		if (filter.statuses() != null && !filter.statuses().isEmpty()) {
			where.add("t.status in (:statuses)");
			params.put("statuses", filter.statuses().stream().map(TicketStatus::name).toList());
		}
		if (filter.teamId() != null) {
			where.add("t.team_id = :team");
			params.put("team", filter.teamId());
		}
		if (filter.assigneeId() != null) {
			where.add("t.assignee_id = :assignee");
			params.put("assignee", filter.assigneeId());
		}
		if (filter.unassigned()) {
			where.add("t.assignee_id is null");
		}
		if (filter.customerId() != null) {
			where.add("t.customer_id = :customer");
			params.put("customer", filter.customerId());
		}
		if (filter.channel() != null) {
			where.add("t.channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.type() != null) {
			where.add("t.type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.priority() != null) {
			where.add("t.priority = :priority");
			params.put("priority", filter.priority().name());
		}
		if (filter.tag() != null && !filter.tag().isBlank()) {
			where.add("exists (select 1 from ticket_tag g where g.ticket = t.id and g.tag = :tag)");
			params.put("tag", filter.tag().strip());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			String q = filter.q().strip();
			where.add("(t.number = :number or lower(t.subject) like :subject escape '\\')");
			params.put("number", q.toUpperCase(java.util.Locale.ROOT));
			params.put("subject", "%" + like(q.toLowerCase(java.util.Locale.ROOT)) + "%");
		}
		if (filter.dueBefore() != null) {
			where.add("t.resolution_due < :dueBefore and t.status in ('NEW', 'OPEN')");
			params.put("dueBefore", Timestamps.utc(filter.dueBefore()));
		}
	}

	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static TicketListItem map(ResultSet rs, int row) throws SQLException {
		return new TicketListItem(rs.getLong("id"), rs.getString("number"), TicketStatus.valueOf(rs.getString("status")),
				rs.getInt("step"), rs.getLong("customer_id"), TicketChannel.valueOf(rs.getString("channel")),
				TicketType.valueOf(rs.getString("type")), TicketPriority.valueOf(rs.getString("priority")),
				rs.getString("subject"), (Long) rs.getObject("team_id"), (Long) rs.getObject("assignee_id"),
				rs.getBoolean("restricted"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("first_response_due")), instant(rs.getTimestamp("resolution_due")),
				instant(rs.getTimestamp("sla_paused_at")), instant(rs.getTimestamp("first_response_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** The position after the last row of a page sorted by resolution due time. */
	record DueCursor(Instant due, long id) {

		String encode() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((due.getEpochSecond() + ":" + due.getNano() + ":" + id).getBytes(StandardCharsets.US_ASCII));
		}

		static DueCursor decode(String cursor) {
			if (cursor == null || cursor.isBlank()) {
				return null;
			}
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
				// Full precision: a due time cut to milliseconds would let the page's last row come round again.
				return new DueCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
						Long.parseLong(parts[2]));
			}
			catch (RuntimeException ex) {
				throw ProblemException.invalid("cursor", "problem.paging.cursor");
			}
		}

	}

}
