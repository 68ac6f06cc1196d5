package io.kairos.customer.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFM quintiles, independent method (SPEC §1.1), against a published worked example. */
class RfmScoreTests {

	/**
	 * "RFM - How to segment RFM", travis.giggy.com/miki/108.30.10.20.20.10.10.html, steps 1 and 2: five customers
	 * with recency 3, 6, 45, 21, 14 days, frequency 6, 10, 1, 2, 4 and monetary 540, 940, 30, 64, 169 are sorted
	 * per dimension and scored 1..5; the published scores are R = 5, 4, 1, 2, 3; F = 4, 5, 1, 2, 3;
	 * M = 4, 5, 1, 2, 3 (for customers 1..5).
	 */
	@Test
	void publishedFiveCustomerExample() {
		Map<Long, RfmScore.Score> scores = RfmScore.score(List.of(
				figures(1, 3, 6, "540"), figures(2, 6, 10, "940"), figures(3, 45, 1, "30"),
				figures(4, 21, 2, "64"), figures(5, 14, 4, "169")));

		assertThat(scores.get(1L)).isEqualTo(new RfmScore.Score(5, 4, 4));
		assertThat(scores.get(2L)).isEqualTo(new RfmScore.Score(4, 5, 5));
		assertThat(scores.get(3L)).isEqualTo(new RfmScore.Score(1, 1, 1));
		assertThat(scores.get(4L)).isEqualTo(new RfmScore.Score(2, 2, 2));
		assertThat(scores.get(5L)).isEqualTo(new RfmScore.Score(3, 3, 3));
		assertThat(scores.get(2L).total()).isEqualTo(14);
		assertThat(scores.get(1L).code()).isEqualTo("544");
	}

	/** Quintiles are fifths of the ranking: 100 distinct customers give 20 of each score in every dimension. */
	@Test
	void hundredCustomersFallIntoFiveEqualGroupsPerDimension() {
		List<RfmScore.Figures> customers = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			// recency and frequency run in opposite directions, monetary is shuffled: the dimensions are independent
			customers.add(figures(i, i, 100 - i, Integer.toString((i * 37) % 100)));
		}
		Map<Long, RfmScore.Score> scores = RfmScore.score(customers);

		for (int score = 1; score <= 5; score++) {
			int s = score;
			assertThat(scores.values().stream().filter(x -> x.recency() == s)).hasSize(20);
			assertThat(scores.values().stream().filter(x -> x.frequency() == s)).hasSize(20);
			assertThat(scores.values().stream().filter(x -> x.monetary() == s)).hasSize(20);
		}
		assertThat(scores.get(0L).recency()).isEqualTo(5);
		assertThat(scores.get(0L).frequency()).isEqualTo(5);
		assertThat(scores.get(99L).recency()).isEqualTo(1);
		assertThat(scores.get(99L).frequency()).isEqualTo(1);
	}

	@Test
	void equalValuesShareAScore() {
		Map<Long, RfmScore.Score> scores = RfmScore.score(List.of(figures(1, 10, 1, "100"),
				figures(2, 10, 1, "100"), figures(3, 10, 1, "100"), figures(4, 1, 5, "900"), figures(5, 1, 5, "900")));

		assertThat(scores.get(1L)).isEqualTo(scores.get(2L)).isEqualTo(scores.get(3L))
			.isEqualTo(new RfmScore.Score(1, 1, 1));
		assertThat(scores.get(4L)).isEqualTo(scores.get(5L)).isEqualTo(new RfmScore.Score(4, 4, 4));
	}

	private static RfmScore.Figures figures(long id, long recency, long frequency, String monetary) {
		return new RfmScore.Figures(id, recency, frequency, new BigDecimal(monetary));
	}

}
