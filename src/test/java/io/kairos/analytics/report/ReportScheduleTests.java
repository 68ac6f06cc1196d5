package io.kairos.analytics.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Due periods of daily and weekly reports in the subscriber's time zone (2026-12-07 is a Monday, ISO week 50). */
class ReportScheduleTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void aDailyReportAtEightShanghaiCoversYesterdayFromEightOn() {
		ReportSchedule daily = new ReportSchedule(ReportFrequency.DAILY, 8, DayOfWeek.MONDAY, SHANGHAI);

		// 00:30 UTC = 08:30 in Shanghai: today's report is due.
		var period = daily.dueAt(Instant.parse("2026-12-07T00:30:00Z")).orElseThrow();
		assertThat(period.code()).isEqualTo("2026-12-07");
		assertThat(period.from()).isEqualTo(LocalDate.parse("2026-12-06"));
		assertThat(period.to()).isEqualTo(LocalDate.parse("2026-12-06"));
		assertThat(period.due()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));

		// 23:59 UTC the day before = 07:59 in Shanghai: still yesterday's period.
		assertThat(daily.dueAt(Instant.parse("2026-12-06T23:59:00Z")).orElseThrow().code()).isEqualTo("2026-12-06");
	}

	@Test
	void aWeeklyReportIsDueOnItsWeekdayAndCoversTheSevenDaysBefore() {
		ReportSchedule weekly = new ReportSchedule(ReportFrequency.WEEKLY, 9, DayOfWeek.MONDAY, SHANGHAI);

		var period = weekly.dueAt(Instant.parse("2026-12-09T12:00:00Z")).orElseThrow();
		assertThat(period.code()).isEqualTo("2026-W50");
		assertThat(period.from()).isEqualTo(LocalDate.parse("2026-11-30"));
		assertThat(period.to()).isEqualTo(LocalDate.parse("2026-12-06"));

		// Monday 08:00 in Shanghai is before the hour: last week's period.
		assertThat(weekly.dueAt(Instant.parse("2026-12-07T00:00:00Z")).orElseThrow().code()).isEqualTo("2026-W49");
	}

	@Test
	void theHourIsAnHourOfTheDay() {
		org.assertj.core.api.Assertions
			.assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReportSchedule(ReportFrequency.DAILY, 24, DayOfWeek.MONDAY, SHANGHAI));
	}

}
