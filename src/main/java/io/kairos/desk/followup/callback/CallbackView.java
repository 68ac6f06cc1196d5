package io.kairos.desk.followup.callback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** A callback task after a ticket's resolution, with the ticket's number and subject for lists. */
public record CallbackView(long id, long ticketId, String ticketNumber, String ticketSubject, Long assigneeId,
		CallbackStatus status, Instant dueAt, int attempts, CallbackOutcome outcome, String note, Instant createdAt,
		Instant dueSince, Instant completedAt, Long completedBy, long version) {

	static final String COLUMNS = """
			select c.id, c.ticket_id, t.number, t.subject, c.assignee_id, c.status, c.due_at, c.attempts, c.outcome, c.note,
			c.created_at, c.due_since, c.completed_at, c.completed_by, c.version
			from ticket_callback c join ticket t on t.id = c.ticket_id""";

	static CallbackView map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		return new CallbackView(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("number"), rs.getString("subject"),
				(Long) rs.getObject("assignee_id"), CallbackStatus.valueOf(rs.getString("status")),
				instant(rs.getTimestamp("due_at")), rs.getInt("attempts"),
				outcome == null ? null : CallbackOutcome.valueOf(outcome), rs.getString("note"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("due_since")),
				instant(rs.getTimestamp("completed_at")), (Long) rs.getObject("completed_by"), rs.getLong("version"));
	}

	public boolean open() {
		return status.open();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
