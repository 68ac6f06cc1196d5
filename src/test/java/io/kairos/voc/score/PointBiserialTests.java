package io.kairos.voc.score;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Point-biserial r (Tate 1954, Annals of Mathematical Statistics 25(3), pp. 603–607) equals Pearson's r with the
 * group coded 0/1 — checked against Pearson computed directly — and a hand-worked example.
 */
class PointBiserialTests {

	/** Promoters scored 3, 2, 2 and detractors −1, 0, −2: M₁ = 7/3, M₀ = −1, sₙ = √(22/6 − (4/6)²) = 1.7951, r = 0.928. */
	@Test
	void aSmallExampleByHand() {
		PointBiserial.Result result = PointBiserial.of(List.of(new PointBiserial.Cell(3, true, 1),
				new PointBiserial.Cell(2, true, 2), new PointBiserial.Cell(-1, false, 1), new PointBiserial.Cell(0, false, 1),
				new PointBiserial.Cell(-2, false, 1)));
		assertThat(result.promoterMean()).isCloseTo(7.0 / 3, within(1e-12));
		assertThat(result.detractorMean()).isCloseTo(-1, within(1e-12));
		assertThat(result.r()).isCloseTo(pearson(new double[] { 3, 2, 2, -1, 0, -2 }, new double[] { 1, 1, 1, 0, 0, 0 }),
				within(1e-12));
		assertThat(result.r()).isCloseTo(0.9285, within(1e-4));
	}

	@Test
	void equalsPearsonOnCountedData() {
		List<PointBiserial.Cell> cells = new ArrayList<>();
		List<double[]> raw = new ArrayList<>();
		int[][] data = { { -3, 0, 4 }, { -1, 0, 7 }, { 0, 0, 3 }, { 1, 1, 5 }, { 2, 1, 6 }, { -1, 1, 2 }, { 3, 0, 1 } };
		for (int[] row : data) {
			cells.add(new PointBiserial.Cell(row[0], row[1] == 1, row[2]));
			for (int i = 0; i < row[2]; i++) {
				raw.add(new double[] { row[0], row[1] });
			}
		}
		double[] x = raw.stream().mapToDouble(pair -> pair[0]).toArray();
		double[] y = raw.stream().mapToDouble(pair -> pair[1]).toArray();
		assertThat(PointBiserial.of(cells).r()).isCloseTo(pearson(x, y), within(1e-12));
	}

	@Test
	void noCorrelationWithoutBothGroupsOrWithoutSpread() {
		assertThat(PointBiserial.of(List.of(new PointBiserial.Cell(1, true, 4))).r()).isNull();
		assertThat(PointBiserial.of(List.of(new PointBiserial.Cell(1, true, 4), new PointBiserial.Cell(1, false, 2))).r())
			.isNull();
	}

	private static double pearson(double[] x, double[] y) {
		double mx = java.util.Arrays.stream(x).average().orElseThrow();
		double my = java.util.Arrays.stream(y).average().orElseThrow();
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < x.length; i++) {
			sxy += (x[i] - mx) * (y[i] - my);
			sxx += (x[i] - mx) * (x[i] - mx);
			syy += (y[i] - my) * (y[i] - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}

}
