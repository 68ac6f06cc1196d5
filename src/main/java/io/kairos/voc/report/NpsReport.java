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
 * only counts promoters, passives and detractors (one table, an index per grouping column); every figure comes
 * from {@link NetPromoterScore}.
 */
@Service
public class NpsReport {

	static final String COUNTS = """
			count(*) filter (where r.nps >= 9) promoters,
			count(*) filter (where r.nps between 7 and 8) passives,
			count(*) filter (where r.nps <= 6) detractors""";

	private final JdbcClient jdbc;

	NpsReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public NetPromoterScore overall(ResponseFilter filter) {
		return jdbc.sql("select " + COUNTS + " from survey_response r where r.nps is not null" + filter.conditions())
			.params(filter.parameters())
			.query((rs, row) -> new NetPromoterScore(rs.getLong("promoters"), rs.getLong("passives"),
					rs.getLong("detractors")))
			.single();
	}

	/** One group's score; {@code group} is the column's value as text (null for responses without one). */
	public record Group(String group, NetPromoterScore score) {
	}

	@Transactional(readOnly = true)
	public List<Group> grouped(ResponseFilter filter, NpsGrouping grouping) {
		return jdbc.sql("select " + grouping.column() + " grp, " + COUNTS
				+ " from survey_response r where r.nps is not null" + filter.conditions() + " group by "
				+ grouping.column() + " order by " + grouping.column())
			.params(filter.parameters())
			.query((rs, row) -> new Group(rs.getObject("grp") == null ? null : rs.getObject("grp").toString(),
					new NetPromoterScore(rs.getLong("promoters"), rs.getLong("passives"), rs.getLong("detractors"))))
			.list();
	}

	/** One period of a trend: [from, to) and its score. */
	public record Period(Instant from, Instant to, NetPromoterScore score) {
	}

	/** Scores per period between consecutive boundaries (at least two), in one query. */
	@Transactional(readOnly = true)
	public List<Period> trend(ResponseFilter filter, List<Instant> boundaries) {
		ResponseFilter within = filter.between(boundaries.get(0), boundaries.get(boundaries.size() - 1));
		StringBuilder bucket = new StringBuilder("case");
		for (int i = 1; i < boundaries.size(); i++) {
			bucket.append(" when r.responded_at < :b").append(i).append(" then ").append(i - 1);
		}
		bucket.append(" end");
		// The bucket is computed in a sub-select so that the grouping does not repeat the bound boundaries.
		JdbcClient.StatementSpec statement = jdbc.sql("select r.bucket, " + COUNTS + " from (select " + bucket
				+ " bucket, r.nps from survey_response r where r.nps is not null" + within.conditions()
				+ ") r group by r.bucket")
			.params(within.parameters());
		for (int i = 1; i < boundaries.size(); i++) {
			statement = statement.param("b" + i, Timestamps.utc(boundaries.get(i)));
		}
		NetPromoterScore[] scores = new NetPromoterScore[boundaries.size() - 1];
		statement.query(rs -> {
			scores[rs.getInt("bucket")] = new NetPromoterScore(rs.getLong("promoters"), rs.getLong("passives"),
					rs.getLong("detractors"));
		});
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
