package io.kairos.customer.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.kairos.customer.value.ParetoAnalysis.AbcClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Pareto curve, 80/20 point and ABC classes (SPEC §1.1), against a published worked example. */
class ParetoAnalysisTests {

	/**
	 * "Perform an ABC analysis and identify A, B and C class items using 80% and 95% as cut-off points",
	 * homeworksource.com/p/1006462: sixteen items with annual usage $36,385, 22,436, 12,516, 9,028, 3,374, 3,231,
	 * 2,024, 1,919, 1,881, 1,786, 1,408, 1,092, 484, 315, 252 and 120 (total $98,251). Published cumulative usage:
	 * 37.0%, 59.9%, 72.6%, 81.8%, …, 94.4% (10th item), 96.3% (11th), …, 100%; classes A for the first three,
	 * B for the next six (81.8% .. 94.4%), C for the last seven. The cut-offs 80% / 95% are also the "common
	 * calculation" of inventoryturns.com/inventory-accuracy.html (A the top 80% of dollars, B the next 15%, C the
	 * bottom 5%).
	 */
	@Test
	void publishedSixteenItemExample() {
		List<BigDecimal> usage = Stream.of(9028, 252, 2024, 1408, 36385, 1092, 1881, 3231, 3374, 120, 1919, 12516,
				315, 484, 22436, 1786).map(BigDecimal::valueOf).toList();

		ParetoAnalysis pareto = ParetoAnalysis.of(usage);

		assertThat(pareto.total()).isEqualByComparingTo("98251");
		assertThat(pareto.sortedValues().get(0)).isEqualByComparingTo("36385");
		assertThat(pareto.cumulativeShare(0).doubleValue()).isCloseTo(37.0, within(0.05));
		assertThat(pareto.cumulativeShare(1).doubleValue()).isCloseTo(59.9, within(0.05));
		assertThat(pareto.cumulativeShare(2).doubleValue()).isCloseTo(72.6, within(0.05));
		assertThat(pareto.cumulativeShare(3).doubleValue()).isCloseTo(81.8, within(0.05));
		assertThat(pareto.cumulativeShare(8).doubleValue()).isCloseTo(94.4, within(0.05));
		assertThat(pareto.cumulativeShare(9).doubleValue()).isCloseTo(96.3, within(0.05));
		assertThat(pareto.cumulativeShare(15).doubleValue()).isCloseTo(100.0, within(0.0001));
		List<AbcClass> expected = new ArrayList<>();
		Stream.of("AAA", "BBBBBB", "CCCCCCC").flatMap(s -> s.chars().mapToObj(c -> AbcClass.valueOf("" + (char) c)))
			.forEach(expected::add);
		assertThat(pareto.classes()).containsExactlyElementsOf(expected);
		assertThat(pareto.classCounts()).containsEntry(AbcClass.A, 3).containsEntry(AbcClass.B, 6)
			.containsEntry(AbcClass.C, 7);
		// 80% of the usage is reached with the 4th of 16 items: 25% of the items bring 81.8%.
		assertThat(pareto.eightyTwenty().customerShare()).isEqualTo(25.0);
		assertThat(pareto.eightyTwenty().valueShare()).isCloseTo(81.8, within(0.05));
	}

	@Test
	void curveRunsFromOriginToFullAndIsThinnedToAHundredAndOnePoints() {
		List<BigDecimal> values = new ArrayList<>();
		for (int i = 1; i <= 1000; i++) {
			values.add(BigDecimal.valueOf(i));
		}
		ParetoAnalysis pareto = ParetoAnalysis.of(values);

		List<ParetoAnalysis.Point> curve = pareto.curve(ParetoAnalysis.MAX_POINTS);

		assertThat(curve).hasSize(101);
		assertThat(curve.get(0)).isEqualTo(new ParetoAnalysis.Point(0, 0));
		assertThat(curve.get(100).customerShare()).isEqualTo(100.0);
		assertThat(curve.get(100).valueShare()).isCloseTo(100.0, within(1e-9));
		for (int i = 1; i < curve.size(); i++) {
			assertThat(curve.get(i).customerShare()).isGreaterThan(curve.get(i - 1).customerShare());
			assertThat(curve.get(i).valueShare()).isGreaterThanOrEqualTo(curve.get(i - 1).valueShare());
		}
		assertThat(ParetoAnalysis.of(List.of(BigDecimal.TEN, BigDecimal.ONE)).curve(101)).hasSize(3);
	}

	@Test
	void noValueHasNoEightyTwentyPointAndNegativeValuesCountAsZero() {
		assertThat(ParetoAnalysis.of(List.of(BigDecimal.ZERO, BigDecimal.valueOf(-5))).eightyTwenty()).isNull();
		assertThat(ParetoAnalysis.of(List.of(BigDecimal.TEN, BigDecimal.valueOf(-5))).total()).isEqualByComparingTo("10");
	}

}
