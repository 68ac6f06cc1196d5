package io.kairos.voc.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.time.Timestamps;
import io.kairos.voc.NetPromoterScore;
import io.kairos.voc.NpsComparison;

/**
 * NPS over the responses a filter selects: overall, per group, per period (trend) and before/after. The database
 * only counts promoters, passives and detractors: summed from the day roll-up where it holds the answer (a survey,
 * whole days, segment, tier or channel; {@link DailyNpsCounts}), else counted over the responses
 * ({@link ResponseNpsCounts}), with the same result; every figure comes from {@link NetPromoterScore}.
 */
@Service
public class NpsReport {

	private final JdbcClient jdbc;

	private final DailyNpsCounts daily;

	private final ResponseNpsCounts responses;

	NpsReport(JdbcClient jdbc, DailyNpsCounts daily, ResponseNpsCounts responses) {
		this.jdbc = jdbc;
		this.daily = daily;
		this.responses = responses;
	}

	@Transactional(readOnly = true)
	public NetPromoterScore overall(ResponseFilter filter) {
		return daily.covers(filter, null) ? daily.overall(filter) : responses.overall(filter);
	}

	/** One group's score; {@code group} is the column's value as text (null for responses without one). */
	public record Group(String group, NetPromoterScore score) {
	}

	@Transactional(readOnly = true)
	public List<Group> grouped(ResponseFilter filter, NpsGrouping grouping) {
		return daily.covers(filter, grouping) ? daily.grouped(filter, grouping) : responses.grouped(filter, grouping);
	}

	/** One period of a trend: [from, to) and its score. */
	public record Period(Instant from, Instant to, NetPromoterScore score) {
	}

	/** Scores per period between consecutive boundaries (at least two), in one query. */
	@Transactional(readOnly = true)
	public List<Period> trend(ResponseFilter filter, List<Instant> boundaries) {
		NetPromoterScore[] scores = daily.coversTrend(filter, boundaries) ? daily.trend(filter, boundaries)
				: responses.trend(filter, boundaries);
		List<Period> periods = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			periods.add(new Period(boundaries.get(i), boundaries.get(i + 1),
					scores[i] == null ? new NetPromoterScore(0, 0, 0) : scores[i]));
		}
		return periods;
	}

	@Transactional(readOnly = true)
	public NpsComparison compare(ResponseFilter before, ResponseFilter after) {
		return new NpsComparison(overall(before), overall(after));
	}

	/** A verbatim ("why" or first text answer) with its score and context. */
	public record Verbatim(long responseId, Instant respondedAt, int nps, String text, String segment, String tier,
			String channel, Long teamId, Long agentId) {
	}

	/**
	 * The newest verbatims, optionally of one NPS group and one value of a grouping column; {@code beforeId} pages
	 * backwards (keyset).
	 */
	@Transactional(readOnly = true)
	public List<Verbatim> verbatims(ResponseFilter filter, NetPromoterScore.Group npsGroup, NpsGrouping grouping,
			String groupValue, Long beforeId, int limit) {
		StringBuilder sql = new StringBuilder("""
				select r.id, r.responded_at, r.nps, r.verbatim, r.segment, r.tier, r.channel, r.team_id, r.agent_id
				from survey_response r where r.nps is not null and r.verbatim is not null""").append(filter.conditions());
		if (npsGroup != null) {
			sql.append(switch (npsGroup) {
				case PROMOTER -> " and r.nps >= 9";
				case PASSIVE -> " and r.nps between 7 and 8";
				case DETRACTOR -> " and r.nps <= 6";
			});
		}
		if (grouping != null && groupValue != null) {
			sql.append(" and cast(").append(grouping.column()).append(" as varchar(100)) = :groupValue");
		}
		if (beforeId != null) {
			sql.append(" and r.id < :beforeId");
		}
		sql.append(" order by r.id desc limit :limit");
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).params(filter.parameters()).param("limit", limit);
		if (grouping != null && groupValue != null) {
			statement = statement.param("groupValue", groupValue);
		}
		if (beforeId != null) {
			statement = statement.param("beforeId", beforeId);
		}
		return statement.query((rs, row) -> new Verbatim(rs.getLong("id"),
				Timestamps.instant(rs.getObject("responded_at", java.time.OffsetDateTime.class)), rs.getInt("nps"),
				rs.getString("verbatim"), rs.getString("segment"), rs.getString("tier"), rs.getString("channel"),
				rs.getObject("team_id", Long.class), rs.getObject("agent_id", Long.class)))
			.list();
	}

}
