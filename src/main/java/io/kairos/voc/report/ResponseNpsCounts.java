package io.kairos.voc.report;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.shared.time.Timestamps;
import io.kairos.voc.NetPromoterScore;

/**
 * Promoters, passives and detractors counted over the responses themselves (one table, an index per grouping
 * column): any filter, any grouping, any period boundaries.
 */
@Component
class ResponseNpsCounts {

	static final String COUNTS = """
			count(*) filter (where r.nps >= 9) promoters,
			count(*) filter (where r.nps between 7 and 8) passives,
			count(*) filter (where r.nps <= 6) detractors""";

	private final JdbcClient jdbc;

	ResponseNpsCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	NetPromoterScore overall(ResponseFilter filter) {
		return jdbc.sql("select " + COUNTS + " from survey_response r where r.nps is not null" + filter.conditions())
			.params(filter.parameters())
			.query((rs, row) -> new NetPromoterScore(rs.getLong("promoters"), rs.getLong("passives"),
					rs.getLong("detractors")))
			.single();
	}

	List<NpsReport.Group> grouped(ResponseFilter filter, NpsGrouping grouping) {
		return jdbc.sql("select " + grouping.column() + " grp, " + COUNTS
				+ " from survey_response r where r.nps is not null" + filter.conditions() + " group by "
				+ grouping.column() + " order by " + grouping.column())
			.params(filter.parameters())
			.query((rs, row) -> new NpsReport.Group(rs.getObject("grp") == null ? null : rs.getObject("grp").toString(),
					new NetPromoterScore(rs.getLong("promoters"), rs.getLong("passives"), rs.getLong("detractors"))))
			.list();
	}

	/** The scores between consecutive boundaries (null where nobody answered), in one query. */
	NetPromoterScore[] trend(ResponseFilter filter, List<Instant> boundaries) {
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
		return scores;
	}

}
