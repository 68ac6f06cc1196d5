package io.kairos.customer.profile;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kairos.shared.api.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** B-03: real calendar dates only, not in the future, not before 1900. */
class BirthdaysTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2025-02-30 | validation.birthday.no-such-date
			2023-02-29 | validation.birthday.no-such-date
			2000-13-01 | validation.birthday.no-such-date
			2026-03-02 | validation.birthday.future
			1800-01-01 | validation.birthday.too-early
			1899-12-31 | validation.birthday.too-early
			30/02/2025 | validation.birthday.format
			2000-2-29  | validation.birthday.format
			yesterday  | validation.birthday.format
			""")
	void refusesWhatIsNotABirthday(String text, String messageKey) {
		assertThatThrownBy(() -> Birthdays.parse("birthday", text, TODAY)).isInstanceOfSatisfying(ProblemException.class,
				problem -> {
					assertThat(problem.messageKey()).isEqualTo(messageKey);
					assertThat(problem.field()).isEqualTo("birthday");
					assertThat(problem.status().value()).isEqualTo(400);
				});
	}

	@ParameterizedTest
	@CsvSource({ "2000-02-29", "1900-01-01", "2026-03-01", "1985-07-15" })
	void acceptsRealDatesInRange(String text) {
		assertThat(Birthdays.parse("birthday", text, TODAY)).isEqualTo(LocalDate.parse(text));
	}

	@Test
	void nothingWrittenIsNoBirthday() {
		assertThat(Birthdays.parse("birthday", null, TODAY)).isNull();
		assertThat(Birthdays.parse("birthday", " ", TODAY)).isNull();
	}

}
