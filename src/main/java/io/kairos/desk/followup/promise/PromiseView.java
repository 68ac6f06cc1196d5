package io.kairos.desk.followup.promise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** A promise made to a customer on a ticket: what, by when, whose, and how it stands. */
public record PromiseView(long id, long ticketId, Long teamId, PromiseKind kind, String kindLabel, String what,
		Instant dueAt, long ownerId, PromiseStatus status, String note, Long createdBy, Instant createdAt,
		Instant overdueAt, Instant settledAt, Long settledBy, long version) {

	static final String COLUMNS = """
			select id, ticket_id, team_id, kind, kind_label, description, due_at, owner_id, status, note, created_by,
			created_at, overdue_at, settled_at, settled_by, version from ticket_promise""";

	static PromiseView map(ResultSet rs, int row) throws SQLException {
		return new PromiseView(rs.getLong("id"), rs.getLong("ticket_id"), (Long) rs.getObject("team_id"),
				PromiseKind.valueOf(rs.getString("kind")), rs.getString("kind_label"), rs.getString("description"),
				instant(rs.getTimestamp("due_at")), rs.getLong("owner_id"), PromiseStatus.valueOf(rs.getString("status")),
				rs.getString("note"), (Long) rs.getObject("created_by"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("overdue_at")), instant(rs.getTimestamp("settled_at")),
				(Long) rs.getObject("settled_by"), rs.getLong("version"));
	}

	public boolean open() {
		return !status.settled();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
