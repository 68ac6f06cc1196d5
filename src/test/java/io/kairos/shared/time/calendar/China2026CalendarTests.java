package io.kairos.shared.time.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped file calendars/cn-2026.csv against the State Council notice 国务院办公厅关于2026年部分节假日安排的通知
 * (2025-11-04, https://www.gov.cn/zhengce/content/202511/content_7047090.htm), written out here once more.
 */
class China2026CalendarTests {

	static final List<SpecialDate> DATES = ChinaCalendars.dates2026();

	@Test
	void holidaysAreExactlyThoseOfTheNotice() {
		Map<String, List<String>> byName = new TreeMap<>(DATES.stream()
			.filter(date -> date.kind() == SpecialDate.Kind.HOLIDAY)
			.collect(Collectors.groupingBy(SpecialDate::nameZh,
					Collectors.mapping(date -> date.date().toString().substring(5), Collectors.toList()))));
		assertThat(byName).containsOnly(
				Map.entry("元旦", List.of("01-01", "01-02", "01-03")),
				Map.entry("春节", List.of("02-15", "02-16", "02-17", "02-18", "02-19", "02-20", "02-21", "02-22", "02-23")),
				Map.entry("清明节", List.of("04-04", "04-05", "04-06")),
				Map.entry("劳动节", List.of("05-01", "05-02", "05-03", "05-04", "05-05")),
				Map.entry("端午节", List.of("06-19", "06-20", "06-21")),
				Map.entry("中秋节", List.of("09-25", "09-26", "09-27")),
				Map.entry("国庆节", List.of("10-01", "10-02", "10-03", "10-04", "10-05", "10-06", "10-07")));
	}

	@Test
	void makeUpWorkingDaysAreExactlyThoseOfTheNoticeAndAllOnWeekends() {
		List<SpecialDate> workdays = DATES.stream().filter(date -> date.kind() == SpecialDate.Kind.WORKDAY).toList();
		assertThat(workdays).extracting(date -> date.date().toString())
			.containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
		assertThat(workdays).allMatch(date -> date.date().getDayOfWeek() == DayOfWeek.SATURDAY
				|| date.date().getDayOfWeek() == DayOfWeek.SUNDAY);
		assertThat(workdays).allMatch(date -> date.nameZh().endsWith("调休上班"));
	}

	@Test
	void theCalendarWorksOnMakeUpDaysAndRestsOnHolidays() {
		BusinessCalendar calendar = ChinaCalendars.CHINA_2026;
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
		assertThat(calendar.hoursOn(LocalDate.parse("2026-02-14"))).isEqualTo(ChinaCalendars.OFFICE_HOURS);
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-08"))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-11"))).isFalse();
		// the year has 365 days: 104 weekend days, 33 holiday dates of which 14 on weekends, 6 make-up days
		long workingDays = LocalDate.parse("2026-01-01").datesUntil(LocalDate.parse("2027-01-01"))
			.filter(calendar::isWorkingDay).count();
		assertThat(workingDays).isEqualTo(365 - 104 - (33 - 14) + 6);
		assertThat(DATES).allMatch(date -> !date.nameEn().isBlank());
	}

}
