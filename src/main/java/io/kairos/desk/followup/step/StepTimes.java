package io.kairos.desk.followup.step;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.ServiceStep;
import io.kairos.desk.TicketOpened;
import io.kairos.desk.TicketStepEntered;
import io.kairos.shared.time.Timestamps;

/**
 * Time spent per step ({@code ticket_step_time}): one row per stay, kept in the transaction that opens the
 * ticket or changes its step (plain listeners run inside the publisher's transaction, so the rows can never
 * disagree with the ticket's step).
 */
@Component
class StepTimes {

	private final JdbcClient jdbc;

	StepTimes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void opened(TicketOpened event) {
		enter(event.ticketId(), ServiceStep.RECEPTION, event.at());
	}

	@EventListener
	void stepEntered(TicketStepEntered event) {
		int closed = jdbc.sql("""
				update ticket_step_time set left_at = :at, seconds = :seconds
				where ticket_id = :ticket and step = :step and left_at is null""")
			.param("at", Timestamps.utc(event.at()))
			.param("seconds", event.secondsInStep())
			.param("ticket", event.ticketId())
			.param("step", event.from().number())
			.update();
		if (closed == 0) {
			// A ticket from before the table existed: its stay is known from the event alone.
			jdbc.sql("""
					insert into ticket_step_time (ticket_id, step, entered_at, left_at, seconds)
					values (:ticket, :step, :entered, :at, :seconds)""")
				.param("ticket", event.ticketId())
				.param("step", event.from().number())
				.param("entered", Timestamps.utc(event.at().minusSeconds(event.secondsInStep())))
				.param("at", Timestamps.utc(event.at()))
				.param("seconds", event.secondsInStep())
				.update();
		}
		enter(event.ticketId(), event.to(), event.at());
	}

	/** Seconds per step (the current stay counted until {@code until}) and how often the ticket was there. */
	@Transactional(readOnly = true)
	Map<ServiceStep, Spent> of(long ticketId, Instant until) {
		Map<ServiceStep, Spent> spent = new EnumMap<>(ServiceStep.class);
		List<Object[]> rows = new ArrayList<>();
		jdbc.sql("select step, entered_at, seconds from ticket_step_time where ticket_id = :ticket order by id")
			.param("ticket", ticketId)
			.query(rs -> {
				rows.add(new Object[] { rs.getInt("step"), rs.getTimestamp("entered_at").toInstant(),
						rs.getObject("seconds") });
			});
		for (Object[] row : rows) {
			ServiceStep step = ServiceStep.of((Integer) row[0]);
			Instant entered = (Instant) row[1];
			long seconds = row[2] == null ? Math.max(0, Duration.between(entered, until).toSeconds())
					: ((Number) row[2]).longValue();
			Spent before = spent.getOrDefault(step, new Spent(0, 0));
			spent.put(step, new Spent(before.seconds() + seconds, before.visits() + 1));
		}
		return spent;
	}

	private void enter(long ticketId, ServiceStep step, Instant at) {
		jdbc.sql("insert into ticket_step_time (ticket_id, step, entered_at) values (:ticket, :step, :at)")
			.param("ticket", ticketId)
			.param("step", step.number())
			.param("at", Timestamps.utc(at))
			.update();
	}

	record Spent(long seconds, int visits) {
	}

}
