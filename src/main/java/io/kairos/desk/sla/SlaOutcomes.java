package io.kairos.desk.sla;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.desk.SlaTarget;
import io.kairos.shared.time.Timestamps;

/**
 * Met or missed, per ticket, target and due time ({@code ticket_sla_outcome}), for compliance reports. A target
 * recorded once for a due time is not recorded again.
 */
@Component
class SlaOutcomes {

	private final JdbcClient jdbc;

	SlaOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code metAt} null: the ticket resolved without meeting the target; breached if it was due by then. */
	void record(long ticketId, SlaTarget target, Long policyId, Instant dueAt, Instant metAt, Instant now) {
		Instant judgedAt = metAt == null ? now : metAt;
		boolean recorded = jdbc.sql("""
				select count(*) from ticket_sla_outcome where ticket_id = :ticket and target = :target and due_at = :due""")
			.param("ticket", ticketId)
			.param("target", target.name())
			.param("due", Timestamps.utc(dueAt))
			.query(Integer.class)
			.single() > 0;
		if (recorded) {
			return;
		}
		jdbc.sql("""
				insert into ticket_sla_outcome (ticket_id, target, policy_id, due_at, met_at, breached, recorded_at)
				values (:ticket, :target, :policy, :due, :met, :breached, :now)""")
			.param("ticket", ticketId)
			.param("target", target.name())
			.param("policy", policyId)
			.param("due", Timestamps.utc(dueAt))
			.param("met", metAt == null ? null : Timestamps.utc(metAt))
			.param("breached", metAt == null ? !judgedAt.isBefore(dueAt) : judgedAt.isAfter(dueAt))
			.param("now", Timestamps.utc(now))
			.update();
	}

}
