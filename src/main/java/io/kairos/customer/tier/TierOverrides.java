package io.kairos.customer.tier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * Manual tier overrides: a customer kept in a named tier, with a reason, until an expiry date (inclusive; none
 * means until replaced). Evaluations place the customer in that tier while the override holds, and by the rules
 * again from the day after it expires. Setting one is audited; it takes effect at the next evaluation.
 */
@Service
public class TierOverrides {

	static final int MAX_REASON = 500;

	private final JdbcClient jdbc;

	private final TierRules rules;

	private final AuditLog audit;

	private final Clock clock;

	private final ZoneId zone;

	TierOverrides(JdbcClient jdbc, TierRules rules, AuditLog audit, Clock clock,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	/** An override as stored; {@code active} tells whether it holds today. */
	public record Override(long customer, String tier, String reason, LocalDate expiresOn, String setBy, Instant setAt,
			boolean active) {
	}

	@Transactional
	public Override set(long customer, TierOverrideRequest request) {
		String tier = request.tier() == null ? null : request.tier().strip();
		if (tier == null || tier.isEmpty()) {
			throw ProblemException.invalid("tier", "validation.required");
		}
		if (rules.ladder().rule(tier).isEmpty()) {
			throw ProblemException.invalid("tier", "validation.tier.unknown");
		}
		if (request.reason() == null || request.reason().isBlank()) {
			throw ProblemException.invalid("reason", "validation.required");
		}
		String reason = request.reason().strip();
		if (reason.length() > MAX_REASON || reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
			throw ProblemException.invalid("reason", "validation.tier.reason");
		}
		LocalDate expiresOn = expiresOn(request.expiresOn());
		exists(customer);
		String actor = currentActor();
		Instant now = clock.instant();
		int updated = jdbc.sql("""
				update customer_tier_override set tier = :tier, reason = :reason, expires_on = :expiresOn,
				       set_by = :by, set_at = :at where customer = :customer""")
			.params(params(customer, tier, reason, expiresOn, actor, now))
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into customer_tier_override (customer, tier, reason, expires_on, set_by, set_at)
					values (:customer, :tier, :reason, :expiresOn, :by, :at)""")
				.params(params(customer, tier, reason, expiresOn, actor, now))
				.update();
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("tier", tier);
		detail.put("expiresOn", expiresOn == null ? "" : expiresOn.toString());
		audit.record("customer.tier.overridden", "customer", customer, detail);
		return find(customer).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<Override> find(long customer) {
		LocalDate today = today();
		return jdbc.sql("select customer, tier, reason, expires_on, set_by, set_at from customer_tier_override where customer = :customer")
			.param("customer", customer)
			.query((rs, n) -> row(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, OffsetDateTime.class), today))
			.optional();
	}

	/** The overrides that hold on {@code today}, by customer. */
	Map<Long, Override> activeOn(LocalDate today) {
		Map<Long, Override> active = new HashMap<>();
		jdbc.sql("""
				select customer, tier, reason, expires_on, set_by, set_at from customer_tier_override
				where expires_on is null or expires_on >= :today""")
			.param("today", today)
			.query((rs, n) -> row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
					rs.getString(5), rs.getObject(6, OffsetDateTime.class), today))
			.list()
			.forEach(override -> active.put(override.customer(), override));
		return active;
	}

	void exists(long customer) {
		if (jdbc.sql("select count(*) from customer where id = :id").param("id", customer).query(Long.class).single() == 0) {
			throw ProblemException.notFound("problem.customer.not-found");
		}
	}

	private static Override row(long customer, String tier, String reason, LocalDate expiresOn, String setBy,
			OffsetDateTime setAt, LocalDate today) {
		return new Override(customer, tier, reason, expiresOn, setBy, Timestamps.instant(setAt),
				expiresOn == null || !expiresOn.isBefore(today));
	}

	private LocalDate expiresOn(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			throw ProblemException.invalid("expiresOn", "validation.value.date");
		}
		if (date.isBefore(today())) {
			throw ProblemException.invalid("expiresOn", "validation.tier.expiry-past");
		}
		return date;
	}

	private static Map<String, Object> params(long customer, String tier, String reason, LocalDate expiresOn,
			String actor, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("customer", customer);
		params.put("tier", tier);
		params.put("reason", reason);
		params.put("expiresOn", expiresOn);
		params.put("by", actor);
		params.put("at", Timestamps.utc(now));
		return params;
	}

	private static String currentActor() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

}
