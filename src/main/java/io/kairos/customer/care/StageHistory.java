package io.kairos.customer.care;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.kairos.customer.CustomerStageChanged;
import io.kairos.customer.LifecycleStage;
import io.kairos.shared.time.Timestamps;

/**
 * Keeps every lifecycle stage a customer was put in. It listens synchronously, so the history row commits
 * or rolls back with the change of stage itself.
 */
@Component
class StageHistory {

	private final JdbcClient jdbc;

	StageHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CustomerStageChanged changed) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		jdbc.sql("""
				insert into customer_stage_history (customer, from_stage, to_stage, changed_at, changed_by)
				values (:customer, :from, :to, :at, :by)""")
			.param("customer", changed.customer().value())
			.param("from", changed.from() == null ? null : changed.from().name())
			.param("to", changed.to().name())
			.param("at", Timestamps.utc(changed.at()))
			.param("by", who == null ? "system" : who.getName())
			.update();
	}

	List<StageMove> of(long customer) {
		return jdbc.sql("""
				select from_stage, to_stage, changed_at, changed_by from customer_stage_history
				where customer = :customer order by id desc""")
			.param("customer", customer)
			.query((rs, n) -> new StageMove(
					rs.getString("from_stage") == null ? null : LifecycleStage.valueOf(rs.getString("from_stage")),
					LifecycleStage.valueOf(rs.getString("to_stage")),
					Timestamps.instant(rs.getObject("changed_at", OffsetDateTime.class)), rs.getString("changed_by")))
			.list();
	}

	/** One move of a customer's stage; {@code from} is null for the stage the customer was added with. */
	record StageMove(LifecycleStage from, LifecycleStage to, Instant at, String by) {
	}

}
