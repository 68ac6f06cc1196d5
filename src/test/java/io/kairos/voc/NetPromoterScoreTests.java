package io.kairos.voc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** NPS and its Wald interval (Rocks 2016) against published figures and hand-worked examples. */
class NetPromoterScoreTests {

	@Test
	void groupsFollowTheStandardCutOffs() {
		NetPromoterScore score = NetPromoterScore.of(0, 6, 7, 8, 9, 10);
		assertThat(score.promoters()).isEqualTo(2);
		assertThat(score.passives()).isEqualTo(2);
		assertThat(score.detractors()).isEqualTo(2);
		assertThat(score.score()).isZero();
	}

	/**
	 * Engelhardt, A. (2016) "Net Promoter Score confidence intervals 2: maths and stats", CYBAEA,
	 * http://www.cybaea.net/Journal/2016/01/14/NPS-confidence-intervals-stats/ : Var(NPS) = 100²·(p(1−p) + d(1−d)
	 * + 2pd)/n, and for p = d = 1/3 the 95% interval is about 320/√n wide — "a confidence interval width of 10 …
	 * needs 1024 responses".
	 */
	@Test
	void reproducesEngelhardtsRuleOfThumbForAnEvenSplit() {
		NetPromoterScore score = new NetPromoterScore(341, 341, 341);
		assertThat(score.score()).isZero();
		double width = score.upper() - score.lower();
		assertThat(width).isCloseTo(320 / Math.sqrt(1023), within(0.01));
		assertThat(width).isCloseTo(10.0, within(0.02));
		// Engelhardt's closed form and Rocks' p + d − (p − d)² are the same variance.
		NetPromoterScore uneven = new NetPromoterScore(57, 21, 22);
		double p = uneven.promoterShare();
		double d = uneven.detractorShare();
		assertThat(uneven.variance()).isCloseTo(p * (1 - p) + d * (1 - d) + 2 * p * d, within(1e-12));
	}

	/** Worked by hand from Rocks (2016), eq. for the Wald interval: 50 promoters, 30 passives, 20 detractors. */
	@Test
	void aHundredAnswersByHand() {
		NetPromoterScore score = new NetPromoterScore(50, 30, 20);
		// p = 0.5, d = 0.2: NPS = 30; Var = 0.7 − 0.09 = 0.61; SE = 100·√(0.61/100) = 7.8102; ±1.96·SE = 15.308.
		assertThat(score.variance()).isCloseTo(0.61, within(1e-12));
		assertThat(score.standardError()).isCloseTo(7.8102, within(1e-4));
		assertThat(score.summary()).isEqualTo(new NetPromoterScore.Summary(100, 50, 30, 20, 30.0, 14.7, 45.3));
	}

	@Test
	void boundsStayOnTheScaleAndAnEmptySampleHasNoScore() {
		NetPromoterScore allPromoters = new NetPromoterScore(12, 0, 0);
		assertThat(allPromoters.summary().nps()).isEqualTo(100.0);
		assertThat(allPromoters.summary().ciHigh()).isEqualTo(100.0);
		NetPromoterScore fewDetractors = new NetPromoterScore(0, 1, 3);
		assertThat(fewDetractors.lower()).isGreaterThanOrEqualTo(-100);
		assertThat(new NetPromoterScore(0, 0, 0).summary())
			.isEqualTo(new NetPromoterScore.Summary(0, 0, 0, 0, null, null, null));
	}

	/**
	 * Two independent periods (Rocks 2016, the Wald test of a difference; worked by hand): before 50/30/20 (NPS 30,
	 * Var 0.61), after 60/25/15 (NPS 45, Var 0.75 − 0.2025 = 0.5475); SE = 100·√(0.61/100 + 0.5475/100) = 10.7587;
	 * z = 15 / 10.7587 = 1.394, two-sided p = 0.163: not significant. With ten times the answers z = 4.41.
	 */
	@Test
	void comparesTwoPeriodsWithAZTest() {
		NpsComparison small = new NpsComparison(new NetPromoterScore(50, 30, 20), new NetPromoterScore(60, 25, 15));
		assertThat(small.difference()).isCloseTo(15, within(1e-9));
		assertThat(small.standardError()).isCloseTo(10.7587, within(1e-4));
		assertThat(small.z()).isCloseTo(1.3942, within(1e-4));
		assertThat(small.pValue()).isCloseTo(0.1633, within(1e-3));
		assertThat(small.significant()).isFalse();
		NpsComparison large = new NpsComparison(new NetPromoterScore(500, 300, 200), new NetPromoterScore(600, 250, 150));
		assertThat(large.z()).isCloseTo(4.409, within(1e-3));
		assertThat(large.significant()).isTrue();
		assertThat(large.summary().difference()).isEqualTo(15.0);
	}

	/** Φ(1.959964) = 0.975 and Φ(1) = 0.841345 (standard normal tables). */
	@Test
	void theNormalDistributionMatchesItsTables() {
		assertThat(StandardNormal.cdf(NetPromoterScore.Z95)).isCloseTo(0.975, within(1e-6));
		assertThat(StandardNormal.cdf(1)).isCloseTo(0.841345, within(1e-6));
		assertThat(StandardNormal.cdf(-1)).isCloseTo(0.158655, within(1e-6));
	}

}
