package io.kairos.voc.report;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.voc.NetPromoterScore;

/**
 * Writes the NPS day roll-up ({@code survey_nps_daily}): promoters, passives and detractors per survey, day of the
 * answer in the reporting time zone, segment, tier and channel. It stays exact because every change joins the
 * transaction that stores the responses: {@link #add} for responses stored one by one, {@link #recount} for a
 * survey's responses written in batches. {@link DailyNpsRebuild} recounts the whole table.
 */
@Component
public class DailyNps {

	/** Stands for a missing code in the key; never a stored code, since blank codes are stored as null. */
	static final String NONE = "";

	private static final String FILL = """
			insert into survey_nps_daily (survey_id, stat_date, segment, tier, channel, promoters, passives, detractors)
			select r.survey_id, r.stat_date, r.segment, r.tier, r.channel, count(*) filter (where r.nps >= 9),
			       count(*) filter (where r.nps between 7 and 8), count(*) filter (where r.nps <= 6)
			from (select survey_id, cast(to_char(responded_at at time zone :zone, 'YYYY-MM-DD') as date) stat_date,
			             coalesce(segment, '') segment, coalesce(tier, '') tier, coalesce(channel, '') channel, nps
			      from survey_response where nps is not null%s) r
			group by r.survey_id, r.stat_date, r.segment, r.tier, r.channel""";

	private static final String KEY = "survey_id = :survey and stat_date = :day and segment = :segment and tier = :tier"
			+ " and channel = :channel";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	private final boolean postgres;

	DailyNps(JdbcClient jdbc, ReportParameters parameters, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.zone = parameters.zone();
		this.postgres = "PostgreSQL".equals(
				JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
	}

	/** One stored response's NPS answer and the context it is counted under (codes as stored, null when missing). */
	public record Answer(long surveyId, Instant respondedAt, String segment, String tier, String channel, int nps) {
	}

	/** One row's key; rows are always written in this order, so two transactions adding to the same rows never deadlock. */
	record Key(long surveyId, LocalDate day, String segment, String tier, String channel) implements Comparable<Key> {

		private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::surveyId)
			.thenComparing(Key::day)
			.thenComparing(Key::segment)
			.thenComparing(Key::tier)
			.thenComparing(Key::channel);

		@Override
		public int compareTo(Key other) {
			return ORDER.compare(this, other);
		}

	}

	/** Adds stored responses' answers, summed per row, in the transaction that stored them. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void add(Collection<Answer> answers) {
		Map<Key, long[]> rows = new TreeMap<>();
		for (Answer answer : answers) {
			Key key = new Key(answer.surveyId(), answer.respondedAt().atZone(zone).toLocalDate(), code(answer.segment()),
					code(answer.tier()), code(answer.channel()));
			rows.computeIfAbsent(key, k -> new long[3])[NetPromoterScore.group(answer.nps()).ordinal()]++;
		}
		rows.forEach(this::add);
	}

	/**
	 * Adds to an existing row, else creates it. A concurrent transaction creating the same row makes the insert wait
	 * for its outcome and do nothing; the second update then adds to that row.
	 */
	private void add(Key key, long[] counts) {
		if (update(key, counts) > 0) {
			return;
		}
		int inserted = jdbc.sql("""
				insert into survey_nps_daily (survey_id, stat_date, segment, tier, channel, promoters, passives, detractors)
				values (:survey, :day, :segment, :tier, :channel, :promoters, :passives, :detractors)
				on conflict do nothing""")
			.params(parameters(key, counts))
			.update();
		if (inserted == 0) {
			update(key, counts);
		}
	}

	private int update(Key key, long[] counts) {
		return jdbc.sql("update survey_nps_daily set promoters = promoters + :promoters, passives = passives + :passives,"
				+ " detractors = detractors + :detractors where " + KEY)
			.params(parameters(key, counts))
			.update();
	}

	private static Map<String, Object> parameters(Key key, long[] counts) {
		return Map.of("survey", key.surveyId(), "day", key.day(), "segment", key.segment(), "tier", key.tier(),
				"channel", key.channel(), "promoters", counts[0], "passives", counts[1], "detractors", counts[2]);
	}

	/** Counts one survey's rows again from its responses (after batch inserts that bypass {@link #add}). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recount(long surveyId) {
		jdbc.sql("delete from survey_nps_daily where survey_id = :survey").param("survey", surveyId).update();
		jdbc.sql(FILL.formatted(" and survey_id = :survey"))
			.param("zone", zone.getId())
			.param("survey", surveyId)
			.update();
	}

	/**
	 * Counts every row again from the responses; the number of rows. On PostgreSQL the table lock lets reports read
	 * the old rows meanwhile but holds back responses being stored until the commit, so none is counted twice or
	 * missed; elsewhere a response stored meanwhile can make the insert fail, and the caller tries again.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	long refill() {
		if (postgres) {
			jdbc.sql("lock table survey_nps_daily in share row exclusive mode").update();
		}
		jdbc.sql("select zone from survey_nps_daily_zone where id = 1 for update").query(String.class).single();
		jdbc.sql("delete from survey_nps_daily").update();
		long rows = jdbc.sql(FILL.formatted("")).param("zone", zone.getId()).update();
		jdbc.sql("update survey_nps_daily_zone set zone = :zone where id = 1").param("zone", zone.getId()).update();
		if (postgres) {
			// The planner's row counts of the emptied and refilled table, without waiting for autovacuum.
			jdbc.sql("analyze survey_nps_daily").update();
		}
		return rows;
	}

	/** Whether the rows are days of the reporting time zone (not of a zone configured before). */
	boolean inZone() {
		return jdbc.sql("select zone from survey_nps_daily_zone where id = 1")
			.query(String.class)
			.optional()
			.filter(zone.getId()::equals)
			.isPresent();
	}

	ZoneId zone() {
		return zone;
	}

	private static String code(String value) {
		return value == null ? NONE : value;
	}

}
