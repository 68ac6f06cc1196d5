package io.kairos.shared.api.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

import io.kairos.shared.time.Timestamps;

/**
 * The stored answers to create requests, keyed by caller scope and Idempotency-Key. The primary key is
 * the lock: of several concurrent requests with one key, exactly one can claim it.
 */
@Repository
class IdempotencyRecords {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdempotencySettings settings;

	IdempotencyRecords(JdbcClient jdbc, Clock clock, IdempotencySettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/** Claims the key for this request; false when another request holds or held it. */
	boolean claim(String scope, String key, String requestHash) {
		Instant now = clock.instant();
		try {
			jdbc.sql("""
					insert into idempotency_record (scope, idempotency_key, request_hash, state, created_at, expires_at)
					values (:scope, :key, :hash, 'IN_PROGRESS', :now, :expires)""")
				.param("scope", scope)
				.param("key", key)
				.param("hash", requestHash)
				.param("now", Timestamps.utc(now))
				.param("expires", Timestamps.utc(now.plus(settings.retention())))
				.update();
			return true;
		}
		catch (DuplicateKeyException taken) {
			return false;
		}
	}

	Optional<StoredAnswer> find(String scope, String key) {
		return jdbc.sql("""
				select request_hash, state, response_status, response_type, response_location, response_body, expires_at
				from idempotency_record where scope = :scope and idempotency_key = :key""")
			.param("scope", scope)
			.param("key", key)
			.query((rs, n) -> new StoredAnswer(rs.getString(1), "COMPLETED".equals(rs.getString(2)), rs.getInt(3),
					rs.getString(4), rs.getString(5), rs.getString(6),
					rs.getObject(7, java.time.OffsetDateTime.class).toInstant()))
			.optional();
	}

	void complete(String scope, String key, int status, String contentType, String location, String body) {
		jdbc.sql("""
				update idempotency_record set state = 'COMPLETED', response_status = :status,
				  response_type = :type, response_location = :location, response_body = :body
				where scope = :scope and idempotency_key = :key""")
			.param("status", status)
			.param("type", contentType)
			.param("location", location)
			.param("body", body)
			.param("scope", scope)
			.param("key", key)
			.update();
	}

	void release(String scope, String key) {
		jdbc.sql("delete from idempotency_record where scope = :scope and idempotency_key = :key")
			.param("scope", scope)
			.param("key", key)
			.update();
	}

	int forgetByLocation(String location) {
		return jdbc.sql("delete from idempotency_record where response_location = :location")
			.param("location", location)
			.update();
	}

	/** Deletes the key's record if it has expired; true when it did. */
	boolean releaseIfExpired(String scope, String key) {
		return jdbc.sql("delete from idempotency_record where scope = :scope and idempotency_key = :key and expires_at < :now")
			.param("scope", scope)
			.param("key", key)
			.param("now", Timestamps.utc(clock.instant()))
			.update() > 0;
	}

	@SchedulerLock(name = "idempotency-purge")
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void purgeExpired() {
		jdbc.sql("delete from idempotency_record where expires_at < :now").param("now", Timestamps.utc(clock.instant())).update();
	}

	record StoredAnswer(String requestHash, boolean completed, int status, String contentType, String location,
			String body, Instant expiresAt) {
	}

}
