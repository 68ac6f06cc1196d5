package io.kairos.voc.report;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.identity.AuditLog;

/**
 * Recounts the NPS day roll-up from the stored responses in one transaction: empties it and fills it with one
 * {@code insert … select … group by} (audited). Also at start-up, when the rows were counted in another time zone
 * than the one configured now.
 */
@Service
public class DailyNpsRebuild implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DailyNpsRebuild.class);

	private static final int ATTEMPTS = 3;

	private final DailyNps daily;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	DailyNpsRebuild(DailyNps daily, JdbcClient jdbc, PlatformTransactionManager transactions, AuditLog audit) {
		this.daily = daily;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.audit = audit;
	}

	/** How many roll-up rows and NPS answers were counted, and how long it took. */
	public record Rebuilt(long rows, long answers, long millis) {
	}

	/**
	 * Recounts every row. Tried again when a response stored meanwhile created a row the refill also inserts (not
	 * on PostgreSQL, where the refill holds such writes back).
	 */
	public Rebuilt rebuild() {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> refill());
			}
			catch (DataIntegrityViolationException | TransientDataAccessException race) {
				if (attempt >= ATTEMPTS) {
					throw race;
				}
			}
		}
	}

	private Rebuilt refill() {
		long started = System.nanoTime();
		long rows = daily.refill();
		long answers = jdbc.sql("select coalesce(sum(promoters + passives + detractors), 0) from survey_nps_daily")
			.query(Long.class)
			.single();
		long millis = (System.nanoTime() - started) / 1_000_000;
		audit.record("voc.nps-daily.rebuilt", "survey_nps_daily", daily.zone().getId(),
				Map.of("rows", rows, "answers", answers, "millis", millis));
		log.info("NPS day roll-up rebuilt in {} ms: {} rows, {} answers", millis, rows, answers);
		return new Rebuilt(rows, answers, millis);
	}

	/** Rows counted in another zone are recounted before they are read; reports count responses until then. */
	@Override
	public void run(ApplicationArguments args) {
		if (!daily.inZone()) {
			log.info("NPS day roll-up counted in another time zone than {}: rebuilding", daily.zone());
			rebuild();
		}
	}

}
