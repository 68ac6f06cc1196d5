package io.kairos.journey.map;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kairos.journey.map.MemoryAndPain.Flags;
import io.kairos.journey.map.MemoryAndPain.Measure;
import io.kairos.journey.map.MemoryAndPain.Thresholds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pain points by threshold and memory points by the peak-end rule: people judge an experience largely by its most
 * intense moment and by its end (D. Kahneman, B. L. Fredrickson, C. A. Schreiber, D. A. Redelmeier, "When more pain
 * is preferred to less: adding a better end", Psychological Science 4(6), 1993, pp. 401–405). The median follows
 * R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages", The American Statistician 50(4), 1996,
 * pp. 361–365 (the middle order statistic, or the mean of the two middle ones).
 */
class MemoryAndPainTests {

	static final Thresholds THRESHOLDS = new Thresholds(0.3, 0.25);

	@Test
	void carRepairFlagsWaitingForPartsAsPainTheHandoverAsPeakAndTheCallbackAsEnd() {
		List<Flags> flags = MemoryAndPain.flag(List.of(
				new Measure(1.2, 0.05, 0.0), // appointment
				new Measure(0.8, 0.10, 0.05), // reception
				new Measure(-1.4, 0.70, 0.40), // waiting for parts: both thresholds exceeded
				new Measure(2.4, 0.0, 0.0), // handover: the peak
				new Measure(0.5, 0.2, 0.3)), // callback: the end, complaint rate over 0.25
				THRESHOLDS);
		assertThat(flags.get(2)).isEqualTo(new Flags(true, true, true, false, false));
		assertThat(flags.get(3)).isEqualTo(new Flags(false, false, false, true, false));
		assertThat(flags.get(4)).isEqualTo(new Flags(true, false, true, false, true));
		assertThat(flags.get(0).pain()).isFalse();
	}

	@Test
	void thresholdsAreExceededOnlyAboveAndStagesWithoutDataNeitherPeakNorPain() {
		List<Flags> flags = MemoryAndPain.flag(List.of(new Measure(null, null, null), new Measure(1.0, 0.3, 0.25),
				new Measure(1.0, 0.0, null)), THRESHOLDS);
		assertThat(flags.get(0)).isEqualTo(new Flags(false, false, false, false, false));
		assertThat(flags.get(1)).as("exactly at the thresholds, and the first of equal peaks")
			.isEqualTo(new Flags(false, false, false, true, false));
		assertThat(flags.get(2)).isEqualTo(new Flags(false, false, false, false, true));
	}

	@Test
	void medianOfOddAndEvenSamples() {
		assertThat(Median.of(List.of(7, 1, 3))).isEqualTo(3.0);
		assertThat(Median.of(List.of(10, 2, 4, 8))).isEqualTo(6.0);
		assertThat(Median.of(List.of())).isNull();
	}

}
