package io.kairos.customer.value;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The RFM distribution and the Pareto view of the customer base, computed on request from the value facts. */
@Service
public class ValueAnalytics {

	/** Bands of the combined RFM score (R + F + M, 3..15), lowest first. */
	static final int[][] BANDS = { { 3, 5 }, { 6, 8 }, { 9, 11 }, { 12, 15 } };

	private final ValueFigures figures;

	private final Clock clock;

	private final ZoneId zone;

	ValueAnalytics(ValueFigures figures, Clock clock, @Value("${kairos.default-time-zone:Asia/Shanghai}") String zone) {
		this.figures = figures;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	/** Counts per score; {@code scored} customers have at least one purchase, {@code customers} is everyone. */
	public record RfmDistribution(LocalDate asOf, int customers, int scored, Map<Integer, Integer> recency,
			Map<Integer, Integer> frequency, Map<Integer, Integer> monetary, List<Band> combined) {
	}

	public record Band(int from, int to, int count) {

		public String label() {
			return from + "–" + to;
		}

	}

	/**
	 * The Pareto curve of 12-month net spend (at most 101 points, shares in percent), the 80/20 point and the
	 * number of customers per ABC class.
	 */
	public record Pareto(LocalDate asOf, int customers, BigDecimal totalValue, List<ParetoAnalysis.Point> curve,
			ParetoAnalysis.Point eightyTwenty, Map<ParetoAnalysis.AbcClass, Integer> abc) {
	}

	@Transactional(readOnly = true)
	public RfmDistribution rfm() {
		LocalDate today = today();
		List<CustomerFigures> all = figures.all(today, zone);
		List<RfmScore.Score> scores = all.stream().map(CustomerFigures::rfm).filter(Objects::nonNull).toList();
		Map<Integer, Integer> r = perScore();
		Map<Integer, Integer> f = perScore();
		Map<Integer, Integer> m = perScore();
		int[] bands = new int[BANDS.length];
		for (RfmScore.Score score : scores) {
			r.merge(score.recency(), 1, Integer::sum);
			f.merge(score.frequency(), 1, Integer::sum);
			m.merge(score.monetary(), 1, Integer::sum);
			for (int b = 0; b < BANDS.length; b++) {
				if (score.total() >= BANDS[b][0] && score.total() <= BANDS[b][1]) {
					bands[b]++;
				}
			}
		}
		List<Band> combined = new ArrayList<>();
		for (int b = 0; b < BANDS.length; b++) {
			combined.add(new Band(BANDS[b][0], BANDS[b][1], bands[b]));
		}
		return new RfmDistribution(today, all.size(), scores.size(), r, f, m, combined);
	}

	@Transactional(readOnly = true)
	public Pareto pareto() {
		LocalDate today = today();
		List<BigDecimal> values = figures.all(today, zone).stream().map(CustomerFigures::spend12m).toList();
		ParetoAnalysis analysis = ParetoAnalysis.of(values);
		return new Pareto(today, analysis.customers(), analysis.total(), analysis.curve(ParetoAnalysis.MAX_POINTS),
				analysis.eightyTwenty(), analysis.classCounts());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	private static Map<Integer, Integer> perScore() {
		Map<Integer, Integer> counts = new LinkedHashMap<>();
		for (int score = 1; score <= 5; score++) {
			counts.put(score, 0);
		}
		return counts;
	}

}
