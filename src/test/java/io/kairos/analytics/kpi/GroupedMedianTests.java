package io.kairos.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The grouped-data median L + (n/2 − F) ÷ f × w (Spiegel &amp; Stephens, Schaum's Outline of Statistics, 4th ed.,
 * 2008, ch. 3, "Median of grouped data").
 */
class GroupedMedianTests {

	@Test
	void interpolatesInsideTheBucketHoldingTheMiddleObservation() {
		// Buckets [0,10) [10,20) [20,30) [30,∞) with 2, 3, 4, 1: n/2 = 5 lies in [10,20) with 2 below:
		// 10 + (5 − 2) / 3 × 10 = 20.
		assertThat(GroupedMedian.of(List.of(0, 10, 20, 30), new long[] { 2, 3, 4, 1 })).isEqualByComparingTo("20.00");
		// One value in [20,30): 20 + 0.5 / 1 × 10 = 25.
		assertThat(GroupedMedian.of(List.of(0, 10, 20, 30), new long[] { 0, 0, 1, 0 })).isEqualByComparingTo("25.00");
	}

	@Test
	void anOpenLastBucketGivesItsLowerBoundAndNothingGivesNoMedian() {
		assertThat(GroupedMedian.of(List.of(0, 10, 20, 30), new long[] { 0, 1, 0, 5 })).isEqualByComparingTo("30.00");
		assertThat(GroupedMedian.of(List.of(0, 10), new long[] { 0, 0 })).isNull();
	}

}
