package io.kairos.journey.map;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.journey.design.Comparison;
import io.kairos.journey.mot.Period;
import io.kairos.shared.time.Timestamps;
import io.kairos.voc.NetPromoterScore;
import io.kairos.voc.NpsComparison;

/**
 * The NPS of survey answers about a set of touchpoints (a stage, a journey), and its movement between two periods
 * with the voice of the customer's two-period test ({@link NpsComparison}).
 */
@Component
public class StageNps {

	private final JdbcClient jdbc;

	StageNps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The NPS (null without answers) and the number of answers it stands on. */
	public record Figure(Double nps, int answers) {
	}

	@Transactional(readOnly = true)
	public Figure of(Collection<Long> touchpointIds, Period period) {
		NetPromoterScore score = sample(touchpointIds, period);
		return new Figure(score.summary().nps(), (int) score.n());
	}

	@Transactional(readOnly = true)
	public Comparison.Nps compare(Collection<Long> touchpointIds, Period before, Period after, BigDecimal expected) {
		NetPromoterScore b = sample(touchpointIds, before);
		NetPromoterScore a = sample(touchpointIds, after);
		if (b.n() == 0 || a.n() == 0) {
			return new Comparison.Nps(false, expected, b.summary().nps(), (int) b.n(), a.summary().nps(), (int) a.n(),
					null, null, null);
		}
		NpsComparison comparison = new NpsComparison(b, a);
		NpsComparison.Summary summary = comparison.summary();
		boolean sameDirection = Math.signum(comparison.difference()) == Math.signum(expected.doubleValue());
		return new Comparison.Nps(true, expected, summary.before().nps(), (int) b.n(), summary.after().nps(),
				(int) a.n(), summary.difference(), summary.significant(), summary.significant() && sameDirection);
	}

	private NetPromoterScore sample(Collection<Long> touchpointIds, Period period) {
		if (touchpointIds.isEmpty()) {
			return new NetPromoterScore(0, 0, 0);
		}
		List<Integer> answers = jdbc.sql("""
				select nps from journey_answer where touchpoint_id in (:tps)
				and answered_at >= :start and answered_at < :end""")
			.param("tps", touchpointIds)
			.param("start", Timestamps.utc(period.start()))
			.param("end", Timestamps.utc(period.end()))
			.query(Integer.class)
			.list();
		return NetPromoterScore.of(answers.stream().mapToInt(Integer::intValue).toArray());
	}

}
