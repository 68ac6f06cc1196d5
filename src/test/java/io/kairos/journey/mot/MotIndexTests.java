package io.kairos.journey.mot;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kairos.shared.api.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The MOT index: the mean on the customer-service value scale (客户服务沟通价值表, SPEC §4.3, after Jan Carlzon,
 * "Moments of Truth", Ballinger, 1987), the count, the share of negative moments and the share of +3. Worked
 * examples by hand.
 */
class MotIndexTests {

	@Test
	void meanCountAndShares() {
		// 3 + 3 + 2 + 0 − 1 − 3 = 4; 4 / 6 = 0.6667; negative 2/6 = 0.3333; +3 2/6 = 0.3333
		MotIndex index = MotIndex.of(List.of(3, 3, 2, 0, -1, -3));
		assertThat(index.count()).isEqualTo(6);
		assertThat(index.mean()).isEqualTo(0.6667);
		assertThat(index.negativeShare()).isEqualTo(0.3333);
		assertThat(index.topShare()).isEqualTo(0.3333);
	}

	@Test
	void zeroIsNeitherNegativeNorPositive() {
		MotIndex index = MotIndex.of(List.of(0, 0, 0, 0));
		assertThat(index.mean()).isEqualTo(0.0);
		assertThat(index.negativeShare()).isEqualTo(0.0);
		assertThat(index.topShare()).isEqualTo(0.0);
		assertThat(index.negativeMoment()).isFalse();
	}

	@Test
	void anEmptyGroupHasNoMean() {
		assertThat(MotIndex.of(List.of())).isEqualTo(MotIndex.EMPTY);
		assertThat(MotIndex.EMPTY.mean()).isNull();
	}

	@Test
	void scoresOffTheScaleAreABug() {
		assertThatThrownBy(() -> MotIndex.of(List.of(4))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aPostedScoreMustBeAWholeNumberOnTheScale() {
		assertThat(MotScores.score(-3)).isEqualTo(-3);
		assertThat(MotScores.score(3L)).isEqualTo(3);
		assertThat(MotScores.score(BigInteger.ZERO)).isZero();
		for (Object bad : new Object[] { 4, -4, 1.5, 2.0, "2", true, BigInteger.TEN.pow(30), null }) {
			assertThatThrownBy(() -> MotScores.score(bad)).as(String.valueOf(bad))
				.isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.field()).isEqualTo("score"));
		}
	}

	@Test
	void weeksStartOnMondayInTheBusinessTimeZone() {
		Period period = new Period(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 15), ZoneId.of("Asia/Shanghai"));
		// Sunday 2020-03-08 23:50 in Shanghai is 15:50 UTC the same day: still the week of Monday 2 March.
		assertThat(period.weekOf(Instant.parse("2020-03-08T15:50:00Z"))).isEqualTo(LocalDate.of(2020, 3, 2));
		// Monday 2020-03-09 00:10 in Shanghai is still Sunday in UTC, but the new week here.
		assertThat(period.weekOf(Instant.parse("2020-03-08T16:10:00Z"))).isEqualTo(LocalDate.of(2020, 3, 9));
		assertThat(period.end()).isEqualTo(Instant.parse("2020-03-15T16:00:00Z"));
	}

}
