package io.kairos.voc.score;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * SERVQUAL gaps (Parasuraman, Zeithaml &amp; Berry 1988, Journal of Retailing 64(1), pp. 12–40: 22 items in five
 * dimensions, gap = P − E), the weighted score (Zeithaml, Parasuraman &amp; Berry 1990, "Delivering Quality
 * Service", Free Press, Appendix A, steps 1–4) and the zone of tolerance (Parasuraman, Zeithaml &amp; Berry 1994,
 * Journal of Retailing 70(3), pp. 201–230: MSA = P − adequate, MSS = P − desired). Figures worked by hand.
 */
class ServqualScoreTests {

	@Test
	void itemsBelongToTheirStandardDimensions() {
		assertThat(Dimension.of(1)).isEqualTo(Dimension.TANGIBLES);
		assertThat(Dimension.of(4)).isEqualTo(Dimension.TANGIBLES);
		assertThat(Dimension.of(5)).isEqualTo(Dimension.RELIABILITY);
		assertThat(Dimension.of(9)).isEqualTo(Dimension.RELIABILITY);
		assertThat(Dimension.of(10)).isEqualTo(Dimension.RESPONSIVENESS);
		assertThat(Dimension.of(13)).isEqualTo(Dimension.RESPONSIVENESS);
		assertThat(Dimension.of(14)).isEqualTo(Dimension.ASSURANCE);
		assertThat(Dimension.of(17)).isEqualTo(Dimension.ASSURANCE);
		assertThat(Dimension.of(18)).isEqualTo(Dimension.EMPATHY);
		assertThat(Dimension.of(22)).isEqualTo(Dimension.EMPATHY);
	}

	/**
	 * Item 1: (E 6, P 5) ×2 and (E 7, P 4) ×2 → mean E 6.5, mean P 4.5, gap −2. Item 2: (E 5, P 5) → 0. Item 5:
	 * (E 7, P 6) → −1. Tangibles = mean(−2, 0) = −1; reliability = −1; unweighted = mean(−1, −1) = −1; item mean =
	 * (−2 + 0 − 1)/3 = −1. Weights: one respondent 20/30/20/20/10, one 40/10/20/20/10 → tangibles 30,
	 * reliability 20; weighted over the measured dimensions = (−1·30 − 1·20)/50 = −1.
	 */
	@Test
	void gapsPerItemDimensionAndOverall() {
		ServqualScore.Result result = ServqualScore.score(List.of(
				new ServqualScore.Cell(1, 6, null, null, 5, 2), new ServqualScore.Cell(1, 7, null, null, 4, 2),
				new ServqualScore.Cell(2, 5, null, null, 5, 3), new ServqualScore.Cell(5, 7, null, null, 6, 1)),
				List.of(new ServqualScore.WeightCell(new int[] { 20, 30, 20, 20, 10 }, 1),
						new ServqualScore.WeightCell(new int[] { 40, 10, 20, 20, 10 }, 1)));
		assertThat(result.items()).hasSize(3);
		ServqualScore.Item first = result.items().get(0);
		assertThat(first.n()).isEqualTo(4);
		assertThat(first.expectation()).isCloseTo(6.5, within(1e-9));
		assertThat(first.perception()).isCloseTo(4.5, within(1e-9));
		assertThat(first.gap()).isCloseTo(-2, within(1e-9));
		assertThat(result.dimensions()).extracting(ServqualScore.DimensionScore::dimension)
			.containsExactly(Dimension.TANGIBLES, Dimension.RELIABILITY);
		assertThat(result.dimensions().get(0).gap()).isCloseTo(-1, within(1e-9));
		assertThat(result.dimensions().get(0).weight()).isCloseTo(30, within(1e-9));
		assertThat(result.unweighted()).isCloseTo(-1, within(1e-9));
		assertThat(result.itemMean()).isCloseTo(-1, within(1e-9));
		assertThat(result.weighted()).isCloseTo(-1, within(1e-9));
	}

	/**
	 * All five dimensions: gaps −1.5 (tangibles), −0.5, −1, 0, +0.5; unweighted = −2.5/5 = −0.5. Weights 10/40/20/
	 * 20/10 (one respondent): weighted = −1.5·0.1 − 0.5·0.4 − 1·0.2 + 0·0.2 + 0.5·0.1 = −0.50. The item mean is
	 * −4/8 = −0.5 here too; it weighs dimensions by their number of items, so it is reported separately.
	 */
	@Test
	void theWeightedScoreUsesTheImportanceAllocation() {
		ServqualScore.Result result = ServqualScore.score(List.of(
				new ServqualScore.Cell(1, 6, null, null, 4, 1), new ServqualScore.Cell(2, 6, null, null, 5, 1),
				new ServqualScore.Cell(5, 6, null, null, 5, 1), new ServqualScore.Cell(6, 6, null, null, 6, 1),
				new ServqualScore.Cell(10, 5, null, null, 4, 1), new ServqualScore.Cell(14, 5, null, null, 5, 1),
				new ServqualScore.Cell(18, 4, null, null, 5, 1), new ServqualScore.Cell(19, 5, null, null, 5, 1)),
				List.of(new ServqualScore.WeightCell(new int[] { 10, 40, 20, 20, 10 }, 1)));
		assertThat(result.dimensions()).extracting(ServqualScore.DimensionScore::gap)
			.containsExactly(-1.5, -0.5, -1.0, 0.0, 0.5);
		assertThat(result.unweighted()).isCloseTo(-0.5, within(1e-9));
		assertThat(result.weighted()).isCloseTo(-0.15 - 0.2 - 0.2 + 0 + 0.05, within(1e-9));
		assertThat(result.itemMean()).isCloseTo(-4.0 / 8, within(1e-9));
	}

	/**
	 * Zone of tolerance: item 10 desired 7, adequate 5, perceived 4 → MSA −1, MSS −3 (below the zone); item 14
	 * desired 6, adequate 4, perceived 5 → MSA +1, MSS −1 (within); item 18 desired 5, adequate 3, perceived 6 →
	 * MSA +3, MSS +1 (above).
	 */
	@Test
	void dimensionsBelowTheZoneOfToleranceAreFlagged() {
		ServqualScore.Result result = ServqualScore.score(List.of(new ServqualScore.Cell(10, null, 7, 5, 4, 3),
				new ServqualScore.Cell(14, null, 6, 4, 5, 2), new ServqualScore.Cell(18, null, 5, 3, 6, 1)), List.of());
		assertThat(result.items().get(0).msa()).isCloseTo(-1, within(1e-9));
		assertThat(result.items().get(0).mss()).isCloseTo(-3, within(1e-9));
		assertThat(result.dimensions()).extracting(ServqualScore.DimensionScore::zone)
			.containsExactly(ServqualScore.ZonePosition.BELOW, ServqualScore.ZonePosition.WITHIN,
					ServqualScore.ZonePosition.ABOVE);
		assertThat(result.weighted()).isNull();
		assertThat(result.unweighted()).isNull();
	}

}
