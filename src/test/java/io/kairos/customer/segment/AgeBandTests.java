package io.kairos.customer.segment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Age bands by completed years, at the edges and on leap days. */
class AgeBandTests {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

	@Test
	void bandEdgesFollowCompletedYears() {
		assertThat(AgeBand.of(LocalDate.of(2007, 6, 16), TODAY)).isEqualTo(AgeBand.TEEN);
		assertThat(AgeBand.of(LocalDate.of(2007, 6, 15), TODAY)).isEqualTo(AgeBand.YOUTH);
		assertThat(AgeBand.of(LocalDate.of(1995, 6, 16), TODAY)).isEqualTo(AgeBand.YOUTH);
		assertThat(AgeBand.of(LocalDate.of(1995, 6, 15), TODAY)).isEqualTo(AgeBand.PRIME);
		assertThat(AgeBand.of(LocalDate.of(1980, 6, 15), TODAY)).isEqualTo(AgeBand.MIDDLE);
		assertThat(AgeBand.of(LocalDate.of(1965, 6, 16), TODAY)).isEqualTo(AgeBand.MIDDLE);
		assertThat(AgeBand.of(LocalDate.of(1965, 6, 15), TODAY)).isEqualTo(AgeBand.SENIOR);
		assertThat(AgeBand.of(LocalDate.of(1900, 1, 1), TODAY)).isEqualTo(AgeBand.SENIOR);
		assertThat(AgeBand.of(TODAY, TODAY)).isEqualTo(AgeBand.TEEN);
	}

	@Test
	void aLeapDayBirthdayCompletesTheYearOnTheFirstOfMarchInCommonYears() {
		LocalDate born = LocalDate.of(2004, 2, 29);

		assertThat(AgeBand.of(born, LocalDate.of(2022, 2, 28))).isEqualTo(AgeBand.TEEN);
		assertThat(AgeBand.of(born, LocalDate.of(2022, 3, 1))).isEqualTo(AgeBand.YOUTH);
		assertThat(AgeBand.of(born, LocalDate.of(2024, 2, 29))).isEqualTo(AgeBand.YOUTH);
	}

	@Test
	void theBandsCoverEveryAgeWithoutOverlap() {
		LocalDate day = LocalDate.of(1920, 1, 1);
		while (!day.isAfter(TODAY)) {
			LocalDate birthday = day;
			long matching = java.util.Arrays.stream(AgeBand.values())
				.filter(band -> band.born(TODAY).contains(birthday))
				.count();
			assertThat(matching).as(birthday.toString()).isEqualTo(1);
			day = day.plusDays(13);
		}
	}

}
