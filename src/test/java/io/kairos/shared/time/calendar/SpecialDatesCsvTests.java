package io.kairos.shared.time.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kairos.shared.time.calendar.SpecialDatesFormatException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The special-dates format: header, comments, BOM, and a refusal naming the line for each kind of mistake. */
class SpecialDatesCsvTests {

	static final String HEADER = "date,kind,name_zh,name_en\n";

	@Test
	void readsDatesSkippingCommentsBlankLinesAndABom() {
		List<SpecialDate> dates = SpecialDatesCsv.parse("\uFEFF# 2027\n\n" + HEADER
				+ "2027-02-06 , workday ,春节调休上班, Spring Festival make-up working day\n"
				+ "2027-02-07,HOLIDAY,春节,Spring Festival\n");
		assertThat(dates).containsExactly(
				new SpecialDate(LocalDate.parse("2027-02-06"), SpecialDate.Kind.WORKDAY, "春节调休上班",
						"Spring Festival make-up working day"),
				new SpecialDate(LocalDate.parse("2027-02-07"), SpecialDate.Kind.HOLIDAY, "春节", "Spring Festival"));
	}

	@Test
	void refusesTheFileNamingTheBadLine() {
		refused("2027-02-30,HOLIDAY,春节,Spring Festival", 3, Reason.DATE, "2027-02-30");
		refused("2027/02/07,HOLIDAY,春节,Spring Festival", 3, Reason.DATE, "2027/02/07");
		refused("2027-02-07,VACATION,春节,Spring Festival", 3, Reason.KIND, "VACATION");
		refused("2027-02-07,HOLIDAY,春节", 3, Reason.COLUMNS, "3");
		refused("2027-02-07,HOLIDAY,春节,Spring, Festival", 3, Reason.COLUMNS, "5");
		refused("2027-02-07,HOLIDAY,,Spring Festival", 3, Reason.NAME, "");
		refused("2027-02-07,HOLIDAY,春节,Spring Festival\n2027-02-08,HOLIDAY,春节,Spring Festival\n"
				+ "2027-02-07,WORKDAY,春节,Spring Festival", 5, Reason.DUPLICATE_DATE, "2027-02-07");
	}

	@Test
	void aFileWithoutTheHeaderIsRefused() {
		assertThatThrownBy(() -> SpecialDatesCsv.parse("2027-02-07,HOLIDAY,春节,Spring Festival\n"))
			.isInstanceOfSatisfying(SpecialDatesFormatException.class, error -> {
				assertThat(error.line()).isEqualTo(1);
				assertThat(error.reason()).isEqualTo(Reason.HEADER);
			});
		assertThatThrownBy(() -> SpecialDatesCsv.parse("")).isInstanceOf(SpecialDatesFormatException.class);
	}

	@Test
	void tooManyDatesAreRefused() {
		StringBuilder text = new StringBuilder(HEADER);
		LocalDate date = LocalDate.parse("2030-01-01");
		for (int i = 0; i <= SpecialDatesCsv.MAX_DATES; i++) {
			text.append(date.plusDays(i)).append(",HOLIDAY,假,Day off\n");
		}
		assertThatThrownBy(() -> SpecialDatesCsv.parse(text.toString()))
			.isInstanceOfSatisfying(SpecialDatesFormatException.class,
					error -> assertThat(error.reason()).isEqualTo(Reason.TOO_MANY));
	}

	private static void refused(String rows, int line, Reason reason, String value) {
		assertThatThrownBy(() -> SpecialDatesCsv.parse("# comment\n" + HEADER + rows + "\n"))
			.isInstanceOfSatisfying(SpecialDatesFormatException.class, error -> {
				assertThat(error.line()).isEqualTo(line);
				assertThat(error.reason()).isEqualTo(reason);
				assertThat(error.value()).isEqualTo(value);
				assertThat(error.getMessage()).startsWith("Line " + line + ":");
			});
	}

}
