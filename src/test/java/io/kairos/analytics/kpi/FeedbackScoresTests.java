package io.kairos.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * NPS as in F. F. Reichheld, "The One Number You Need to Grow", Harvard Business Review, December 2003: the
 * percentage of promoters (9–10) minus the percentage of detractors (0–6).
 */
class FeedbackScoresTests {

	@Test
	void npsIsPromotersMinusDetractorsInPercentOfRespondents() {
		// 50 promoters, 30 passives, 20 detractors of 100: NPS 30.
		assertThat(FeedbackScores.nps(50, 20, 100).value()).isEqualByComparingTo("30.00");
		assertThat(FeedbackScores.nps(1, 3, 4).value()).isEqualByComparingTo("-50.00");
		assertThat(FeedbackScores.nps(0, 0, 0).value()).isNull();
	}

	@Test
	void csatIsTheTopTwoBoxShareAndTheMotIndexTheMeanScore() {
		assertThat(FeedbackScores.csat(2, 3).value()).isEqualByComparingTo("66.67");
		assertThat(FeedbackScores.motIndex(-1, 4).value()).isEqualByComparingTo("-0.25");
		assertThat(FeedbackScores.motIndex(0, 0).value()).isNull();
	}

}
