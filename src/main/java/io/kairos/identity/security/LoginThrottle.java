package io.kairos.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.time.Timestamps;

/**
 * Counts failed sign-ins per account and per client address in the database, so every app node sees the
 * same counts. The client address is the socket peer (or the trusted proxy's word), never a header the
 * client chose.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final LoginSettings settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, LoginSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** How long the caller must wait before trying again, if at all. */
	Optional<Duration> blockedFor(String username, String clientIp) {
		Instant now = clock.instant();
		Optional<Duration> account = blockedFor(accountKey(username), now);
		Optional<Duration> address = clientIp == null ? Optional.empty() : blockedFor(addressKey(clientIp), now);
		if (account.isPresent() && address.isPresent()) {
			return Optional.of(account.get().compareTo(address.get()) >= 0 ? account.get() : address.get());
		}
		return account.isPresent() ? account : address;
	}

	@Transactional
	void failed(String username, String clientIp) {
		Instant now = clock.instant();
		recordFailure(accountKey(username), settings.maxFailures(), now);
		if (clientIp != null) {
			recordFailure(addressKey(clientIp), settings.maxFailuresPerAddress(), now);
		}
	}

	@Transactional
	void succeeded(String username) {
		jdbc.sql("delete from login_throttle where subject = :subject").param("subject", accountKey(username)).update();
	}

	private Optional<Duration> blockedFor(String subject, Instant now) {
		return jdbc.sql("select blocked_until from login_throttle where subject = :subject")
			.param("subject", subject)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
			.optional()
			.flatMap(blockedUntil -> blockedUntil)
			.map(OffsetDateTime::toInstant)
			.filter(until -> until.isAfter(now))
			.map(until -> Duration.between(now, until));
	}

	private void recordFailure(String subject, int maxFailures, Instant now) {
		Optional<Attempts> current = jdbc
			.sql("select failures, window_started_at from login_throttle where subject = :subject for update")
			.param("subject", subject)
			.query((rs, n) -> new Attempts(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.optional();
		Attempts next = current.filter(a -> a.windowStartedAt().isAfter(now.minus(settings.window())))
			.map(a -> new Attempts(a.failures() + 1, a.windowStartedAt()))
			.orElse(new Attempts(1, now));
		Instant blockedUntil = next.failures() >= maxFailures ? now.plus(delayAfter(next.failures() - maxFailures))
				: null;
		int updated = jdbc.sql("""
				update login_throttle set failures = :failures, window_started_at = :window, blocked_until = :until
				where subject = :subject""")
			.param("failures", next.failures())
			.param("window", Timestamps.utc(next.windowStartedAt()))
			.param("until", Timestamps.utc(blockedUntil))
			.param("subject", subject)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("""
						insert into login_throttle (subject, failures, window_started_at, blocked_until)
						values (:subject, :failures, :window, :until)""")
					.param("subject", subject)
					.param("failures", next.failures())
					.param("window", Timestamps.utc(next.windowStartedAt()))
					.param("until", Timestamps.utc(blockedUntil))
					.update();
			}
			catch (DuplicateKeyException raced) {
				// Another node counted the same subject at the same moment; one failure more or less is fine.
			}
		}
	}

	/** Counters whose window has passed and that block nobody are forgotten. */
	@SchedulerLock(name = "login-throttle-purge")
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	void forgetOldCounters() {
		Instant now = clock.instant();
		jdbc.sql("""
				delete from login_throttle
				where window_started_at < :windowStart and (blocked_until is null or blocked_until < :now)""")
			.param("windowStart", Timestamps.utc(now.minus(settings.window())))
			.param("now", Timestamps.utc(now))
			.update();
	}

	/** The wait after the n-th failure past the limit: base, 2 x base, 4 x base ..., never above the max. */
	Duration delayAfter(int failuresPastLimit) {
		Duration delay = settings.baseDelay();
		for (int i = 0; i < failuresPastLimit && delay.compareTo(settings.maxDelay()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
	}

	/**
	 * Only a hash of the typed name is stored: people type passwords into the user field by mistake, and a
	 * failed attempt must not keep one.
	 */
	private static String accountKey(String username) {
		String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return "user:" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static String addressKey(String clientIp) {
		return "ip:" + clientIp;
	}

	private record Attempts(int failures, Instant windowStartedAt) {
	}

}
