package io.kairos.desk.followup.callback;

import java.time.Duration;
import java.time.Instant;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.desk.BusinessCalendars;
import io.kairos.desk.TicketResolved;
import io.kairos.desk.sla.SlaPolicies;
import io.kairos.desk.sla.SlaPolicy;
import io.kairos.shared.time.calendar.BusinessCalendar;
import io.kairos.shared.time.calendar.SlaClock;

/**
 * When a callback falls due, and how an unreachable customer is tried again. The ticket's SLA policy sets the
 * "callback after resolution" target (SPEC §2.3) in business time on the policy's calendar; a ticket without a
 * policy, or a policy without that target, uses {@code kairos.desk.callback-delay}.
 */
@Component
class CallbackSchedule {

	private final Duration delay;

	private final Duration retry;

	private final int maxAttempts;

	private final JdbcClient jdbc;

	private final SlaPolicies policies;

	private final BusinessCalendars calendars;

	CallbackSchedule(JdbcClient jdbc, SlaPolicies policies, BusinessCalendars calendars,
			@Value("${kairos.desk.callback-delay:24h}") Duration delay,
			@Value("${kairos.desk.callback-retry:2h}") Duration retry,
			@Value("${kairos.desk.callback-max-attempts:3}") int maxAttempts) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.calendars = calendars;
		this.delay = delay;
		this.retry = retry;
		this.maxAttempts = maxAttempts;
	}

	Instant dueAfter(TicketResolved resolved) {
		Instant fallback = resolved.at().plus(delay);
		Long policyId = jdbc.sql("select sla_policy_id from ticket where id = :id")
			.param("id", resolved.ticketId())
			.query((rs, n) -> (Long) rs.getObject(1, Long.class))
			.optional()
			.orElse(null);
		if (policyId == null) {
			return fallback;
		}
		SlaPolicy policy = policies.get(policyId);
		if (policy.callbackMinutes() == null) {
			return fallback;
		}
		BusinessCalendar calendar = policy.calendarId() == null ? calendars.defaultCalendar()
				: calendars.get(policy.calendarId());
		return SlaClock.on(calendar)
			.dueAt(resolved.at(), Duration.ofMinutes(policy.callbackMinutes()), List.of())
			.orElse(fallback);
	}

	Instant retryAt(Instant now) {
		return now.plus(retry);
	}

	int maxAttempts() {
		return maxAttempts;
	}

}
