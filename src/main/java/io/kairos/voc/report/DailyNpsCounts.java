package io.kairos.voc.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.voc.NetPromoterScore;

/**
 * Promoters, passives and detractors summed from the NPS day roll-up ({@link DailyNps}) instead of counted over the
 * responses. It answers what the roll-up holds: a survey, whole days of the reporting time zone, a segment, tier or
 * channel, grouped by none or one of these three; {@link #covers} and {@link #coversTrend} say so, and then the
 * answer is the one {@link ResponseNpsCounts} gives.
 */
@Component
class DailyNpsCounts {

	private static final String SUMS = """
			coalesce(sum(d.promoters), 0) promoters, coalesce(sum(d.passives), 0) passives,
			coalesce(sum(d.detractors), 0) detractors""";

	private final JdbcClient jdbc;

	private final DailyNps daily;

	private final ZoneId zone;

	DailyNpsCounts(JdbcClient jdbc, DailyNps daily) {
		this.jdbc = jdbc;
		this.daily = daily;
		this.zone = daily.zone();
	}

	/** Whether the roll-up answers this filter and grouping (null: overall). */
	boolean covers(ResponseFilter filter, NpsGrouping grouping) {
		return (grouping == null || column(grouping) != null) && filter.touchpoint() == null && filter.team() == null
				&& filter.agent() == null && code(filter.segment()) && code(filter.tier()) && code(filter.channel())
				&& dayStart(filter.from()) && dayStart(filter.to()) && daily.inZone();
	}

	/** Whether the roll-up answers a trend: as {@link #covers} (the trend's own period aside), and whole-day boundaries. */
	boolean coversTrend(ResponseFilter filter, List<Instant> boundaries) {
		return boundaries.stream().allMatch(boundary -> boundary != null && dayStart(boundary))
				&& covers(filter.between(null, null), null);
	}

	NetPromoterScore overall(ResponseFilter filter) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		return jdbc.sql("select " + SUMS + " from survey_nps_daily d" + where(filter, parameters))
			.params(parameters)
			.query((rs, row) -> score(rs))
			.single();
	}

	/** As the responses' grouping reports them: a missing code as null, after the others. */
	List<NpsReport.Group> grouped(ResponseFilter filter, NpsGrouping grouping) {
		String column = column(grouping);
		Map<String, Object> parameters = new LinkedHashMap<>();
		return jdbc.sql("select nullif(" + column + ", '') grp, " + SUMS + " from survey_nps_daily d"
				+ where(filter, parameters) + " group by " + column
				+ " having sum(d.promoters + d.passives + d.detractors) > 0 order by grp")
			.params(parameters)
			.query((rs, row) -> new NpsReport.Group(rs.getString("grp"), score(rs)))
			.list();
	}

	/** The scores between consecutive boundaries (null where nobody answered), in one query. */
	NetPromoterScore[] trend(ResponseFilter filter, List<Instant> boundaries) {
		ResponseFilter within = filter.between(boundaries.get(0), boundaries.get(boundaries.size() - 1));
		Map<String, Object> parameters = new LinkedHashMap<>();
		StringBuilder bucket = new StringBuilder("case");
		for (int i = 1; i < boundaries.size(); i++) {
			bucket.append(" when d.stat_date < :b").append(i).append(" then ").append(i - 1);
			parameters.put("b" + i, day(boundaries.get(i)));
		}
		bucket.append(" end");
		String where = where(within, parameters);
		NetPromoterScore[] scores = new NetPromoterScore[boundaries.size() - 1];
		jdbc.sql("select d.bucket, " + SUMS + " from (select " + bucket
				+ " bucket, d.promoters, d.passives, d.detractors from survey_nps_daily d" + where + ") d group by d.bucket")
			.params(parameters)
			.query(rs -> {
				NetPromoterScore score = score(rs);
				scores[rs.getInt("bucket")] = score.n() == 0 ? null : score;
			});
		return scores;
	}

	/** The filter's conditions on the roll-up (alias {@code d}), their values put into {@code parameters}. */
	private String where(ResponseFilter filter, Map<String, Object> parameters) {
		List<String> conditions = new ArrayList<>();
		condition(conditions, parameters, "d.survey_id = :surveyId", "surveyId", filter.surveyId());
		condition(conditions, parameters, "d.stat_date >= :fromDay", "fromDay", day(filter.from()));
		condition(conditions, parameters, "d.stat_date < :toDay", "toDay", day(filter.to()));
		condition(conditions, parameters, "d.segment = :segment", "segment", filter.segment());
		condition(conditions, parameters, "d.tier = :tier", "tier", filter.tier());
		condition(conditions, parameters, "d.channel = :channel", "channel", filter.channel());
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static void condition(List<String> conditions, Map<String, Object> parameters, String sql, String name,
			Object value) {
		if (value != null) {
			conditions.add(sql);
			parameters.put(name, value);
		}
	}

	private static String column(NpsGrouping grouping) {
		return switch (grouping) {
			case SEGMENT -> "d.segment";
			case TIER -> "d.tier";
			case CHANNEL -> "d.channel";
			case TOUCHPOINT, TEAM, AGENT -> null;
		};
	}

	/** A code the roll-up can be filtered by: none, or one that is not the roll-up's stand-in for a missing code. */
	private static boolean code(String value) {
		return value == null || !value.isBlank();
	}

	/** No bound, or the start of a day in the reporting zone. */
	private boolean dayStart(Instant instant) {
		try {
			return instant == null || instant.equals(day(instant).atStartOfDay(zone).toInstant());
		}
		catch (DateTimeException outOfRange) {
			return false;
		}
	}

	private LocalDate day(Instant instant) {
		return instant == null ? null : instant.atZone(zone).toLocalDate();
	}

	private static NetPromoterScore score(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new NetPromoterScore(rs.getLong("promoters"), rs.getLong("passives"), rs.getLong("detractors"));
	}

}
