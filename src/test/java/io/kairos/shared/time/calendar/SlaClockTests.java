package io.kairos.shared.time.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static io.kairos.shared.time.calendar.ChinaCalendars.CHINA_2026;
import static io.kairos.shared.time.calendar.ChinaCalendars.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Worked examples on the China 2026 calendar (09:00–12:00, 13:00–18:00 Monday–Friday, Asia/Shanghai, holidays
 * and make-up working days from the State Council notice 国务院办公厅关于2026年部分节假日安排的通知). Each due time
 * is counted out by hand in the comment above it.
 */
class SlaClockTests {

	static final SlaClock CLOCK = SlaClock.on(CHINA_2026);

	static final List<Pause> NO_PAUSES = List.of();

	@Test
	void countsWorkingHoursAcrossTheLunchBreak() {
		// Tue 10 Mar 10:00, 4 h: 10:00–12:00 (2 h), lunch, 13:00–15:00 (2 h)
		assertThat(due("2026-03-10T10:00", Duration.ofHours(4))).isEqualTo(at("2026-03-10T15:00"));
		// 11:30, 1 h: 30 min before lunch, 30 min after it
		assertThat(due("2026-03-10T11:30", Duration.ofHours(1))).isEqualTo(at("2026-03-10T13:30"));
		// opened during lunch at 12:15: counting starts at 13:00
		assertThat(due("2026-03-10T12:15", Duration.ofHours(1))).isEqualTo(at("2026-03-10T14:00"));
		assertThat(elapsed("2026-03-10T11:00", "2026-03-10T14:00")).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void aTargetRunningOutAtTheEndOfTheDayIsDueThenNotNextMorning() {
		assertThat(due("2026-03-10T17:00", Duration.ofHours(1))).isEqualTo(at("2026-03-10T18:00"));
		assertThat(due("2026-03-10T11:00", Duration.ofHours(1))).isEqualTo(at("2026-03-10T12:00"));
	}

	@Test
	void startsOutsideWorkingHoursBeginAtTheNextWorkingInstant() {
		// evening 20:00, 2 h: Wed 09:00–11:00
		assertThat(due("2026-03-10T20:00", Duration.ofHours(2))).isEqualTo(at("2026-03-11T11:00"));
		// early morning 07:00, 1 h: 09:00–10:00
		assertThat(due("2026-03-10T07:00", Duration.ofHours(1))).isEqualTo(at("2026-03-10T10:00"));
		// a zero target is due at the first working instant
		assertThat(due("2026-03-10T20:00", Duration.ZERO)).isEqualTo(at("2026-03-11T09:00"));
		assertThat(elapsed("2026-03-10T18:30", "2026-03-11T08:59")).isZero();
	}

	@Test
	void skipsWeekends() {
		// Fri 13 Mar 17:00, 2 h: 17:00–18:00 Friday, Monday 09:00–10:00
		assertThat(due("2026-03-13T17:00", Duration.ofHours(2))).isEqualTo(at("2026-03-16T10:00"));
		// opened on Saturday: counting starts Monday 09:00
		assertThat(due("2026-03-14T10:00", Duration.ofMinutes(30))).isEqualTo(at("2026-03-16T09:30"));
		assertThat(elapsed("2026-03-13T17:00", "2026-03-16T10:00")).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void targetsSpanningSeveralDays() {
		// Mon 9 Mar 09:00, 40 h = five 8-hour days: Friday 18:00
		assertThat(due("2026-03-09T09:00", Duration.ofHours(40))).isEqualTo(at("2026-03-13T18:00"));
		// one hour more goes over the weekend: Monday 10:00
		assertThat(due("2026-03-09T09:00", Duration.ofHours(41))).isEqualTo(at("2026-03-16T10:00"));
		// 3 working days from Wed 15:00: Wed 3 h, Thu 8, Fri 8, Mon 5 h → Mon 16 Mar 15:00 (09–12, 13–15)
		assertThat(due("2026-03-11T15:00", Duration.ofHours(24))).isEqualTo(at("2026-03-16T15:00"));
	}

	@Test
	void springFestival2026() {
		// Sat 14 Feb is a make-up working day; 15–23 Feb are off; Tue 24 Feb is the first working day after.
		// Opened Sat 14 Feb 17:00 with 8 h: 1 h on the 14th, then 7 h on Tue 24 Feb: 09–12 (3 h), 13–17 (4 h)
		assertThat(due("2026-02-14T17:00", Duration.ofHours(8))).isEqualTo(at("2026-02-24T17:00"));
		// Fri 13 Feb 17:00, 8 h: 1 h Friday, 7 h on the make-up Saturday → Sat 14 Feb 17:00
		assertThat(due("2026-02-13T17:00", Duration.ofHours(8))).isEqualTo(at("2026-02-14T17:00"));
		// opened on the eve (Mon 16 Feb, a holiday), 1 h: Tue 24 Feb 10:00
		assertThat(due("2026-02-16T10:00", Duration.ofHours(1))).isEqualTo(at("2026-02-24T10:00"));
		// Fri 27 Feb 17:00, 2 h: Sat 28 Feb is the second make-up working day → 28 Feb 10:00
		assertThat(due("2026-02-27T17:00", Duration.ofHours(2))).isEqualTo(at("2026-02-28T10:00"));
		// Fri 13 Feb 09:00 → Tue 24 Feb 12:00: Fri 8 h + Sat 8 h + Tue 3 h
		assertThat(elapsed("2026-02-13T09:00", "2026-02-24T12:00")).isEqualTo(Duration.ofHours(19));
	}

	@Test
	void nationalDayAndMidAutumn2026() {
		// Wed 30 Sep 17:00, 8 h: 1 h Wednesday; 1–7 Oct off; 7 h on Thu 8 Oct: 09–12, 13–17
		assertThat(due("2026-09-30T17:00", Duration.ofHours(8))).isEqualTo(at("2026-10-08T17:00"));
		// Fri 9 Oct 17:00, 2 h: Sat 10 Oct is a make-up working day → 10:00
		assertThat(due("2026-10-09T17:00", Duration.ofHours(2))).isEqualTo(at("2026-10-10T10:00"));
		// Sat 19 Sep 10:00 (a plain Saturday), 2 h: Sun 20 Sep is a make-up working day → 11:00
		assertThat(due("2026-09-19T10:00", Duration.ofHours(2))).isEqualTo(at("2026-09-20T11:00"));
		// Thu 24 Sep 17:00, 3 h: Fri 25 – Sun 27 Sep are Mid-Autumn → Mon 28 Sep 09:00–11:00
		assertThat(due("2026-09-24T17:00", Duration.ofHours(3))).isEqualTo(at("2026-09-28T11:00"));
	}

	@Test
	void otherHolidaysOf2026AreOff() {
		// New Year: Wed 31 Dec 2025 17:00 isn't in the 2026 file; 1–3 Jan off; Sun 4 Jan works
		assertThat(due("2025-12-31T17:00", Duration.ofHours(2))).isEqualTo(at("2026-01-04T10:00"));
		// Qingming Mon 6 Apr, Labour Day 1–5 May, Dragon Boat Fri 19 Jun
		assertThat(due("2026-04-03T17:00", Duration.ofHours(2))).isEqualTo(at("2026-04-07T10:00"));
		assertThat(due("2026-04-30T17:00", Duration.ofHours(2))).isEqualTo(at("2026-05-06T10:00"));
		assertThat(due("2026-05-08T17:00", Duration.ofHours(2))).isEqualTo(at("2026-05-09T10:00"));
		assertThat(due("2026-06-18T17:00", Duration.ofHours(2))).isEqualTo(at("2026-06-22T10:00"));
	}

	@Test
	void pausesStopTheClockAndItResumesWhereItStopped() {
		// Tue 09:00, 4 h; pending customer 10:00–14:00: 09–10 (1 h), resume 14:00, 3 h more → 17:00
		List<Pause> pending = List.of(new Pause(at("2026-03-10T10:00"), at("2026-03-10T14:00")));
		assertThat(CLOCK.dueAt(at("2026-03-10T09:00"), Duration.ofHours(4), pending)).contains(at("2026-03-10T17:00"));
		assertThat(CLOCK.elapsed(at("2026-03-10T09:00"), at("2026-03-10T15:00"), pending)).isEqualTo(Duration.ofHours(2));
		// overlapping pauses count once: paused 10:00–11:30, so 1.5 h in the morning, 2.5 h from 13:00 → 15:30
		List<Pause> overlapping = List.of(new Pause(at("2026-03-10T10:30"), at("2026-03-10T11:30")),
				new Pause(at("2026-03-10T10:00"), at("2026-03-10T11:00")));
		assertThat(CLOCK.dueAt(at("2026-03-10T09:00"), Duration.ofHours(4), overlapping))
			.contains(at("2026-03-10T15:30"));
		// a pause over the night changes nothing, one into the next morning does: on hold until Wed 10:00
		List<Pause> overnight = List.of(new Pause(at("2026-03-10T17:30"), at("2026-03-11T10:00")));
		assertThat(CLOCK.dueAt(at("2026-03-10T17:00"), Duration.ofHours(1), overnight)).contains(at("2026-03-11T10:30"));
		// a pause that ended before the start is irrelevant
		List<Pause> earlier = List.of(new Pause(at("2026-03-09T10:00"), at("2026-03-09T11:00")));
		assertThat(CLOCK.dueAt(at("2026-03-10T09:00"), Duration.ofHours(1), earlier)).contains(at("2026-03-10T10:00"));
	}

	@Test
	void aPauseStillOpenMeansNoDueTimeButElapsedStopsAtIt() {
		List<Pause> stillPending = List.of(Pause.open(at("2026-03-10T10:00")));
		assertThat(CLOCK.dueAt(at("2026-03-10T09:00"), Duration.ofHours(4), stillPending)).isEmpty();
		assertThat(CLOCK.elapsed(at("2026-03-10T09:00"), at("2026-03-12T16:00"), stillPending))
			.isEqualTo(Duration.ofHours(1));
		// the target runs out before the open pause begins: it is still due
		assertThat(CLOCK.dueAt(at("2026-03-10T09:00"), Duration.ofMinutes(30), stillPending))
			.contains(at("2026-03-10T09:30"));
	}

	@Test
	void remainingTurnsNegativeWhenOverdue() {
		assertThat(CLOCK.remaining(at("2026-03-10T09:00"), Duration.ofHours(2), at("2026-03-10T10:30"), NO_PAUSES))
			.isEqualTo(Duration.ofMinutes(30));
		assertThat(CLOCK.remaining(at("2026-03-10T09:00"), Duration.ofHours(2), at("2026-03-10T14:00"), NO_PAUSES))
			.isEqualTo(Duration.ofHours(-2));
		assertThat(elapsed("2026-03-10T15:00", "2026-03-10T09:00")).isZero();
	}

	@Test
	void twentyFourSevenCountsEveryHour() {
		SlaClock always = SlaClock.on(BusinessCalendar.twentyFourSeven());
		Instant start = at("2026-02-14T17:00");
		assertThat(always.dueAt(start, Duration.ofHours(8), NO_PAUSES)).contains(at("2026-02-15T01:00"));
		assertThat(always.dueAt(start, Duration.ofDays(10), NO_PAUSES)).contains(at("2026-02-24T17:00"));
		assertThat(always.dueAt(start, Duration.ofHours(8), List.of(new Pause(at("2026-02-14T18:00"), at("2026-02-14T19:00")))))
			.contains(at("2026-02-15T02:00"));
		assertThat(always.elapsed(start, at("2026-02-16T17:00"), NO_PAUSES)).isEqualTo(Duration.ofHours(48));
	}

	@Test
	void aDaylightSavingDayIsShorter() {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		SlaClock always = SlaClock.on(BusinessCalendar.allHours(berlin));
		Instant start = LocalDateTime.parse("2026-03-28T12:00").atZone(berlin).toInstant();
		// 29 March 2026 has 23 hours in Berlin: 24 h after Saturday noon is Sunday 13:00 local
		assertThat(always.dueAt(start, Duration.ofHours(24), NO_PAUSES))
			.contains(LocalDateTime.parse("2026-03-29T13:00").atZone(berlin).toInstant());
	}

	@Test
	void aCalendarWithoutWorkingTimeGivesNoDueTimeInsteadOfLoopingForever() {
		BusinessCalendar never = new BusinessCalendar(ChinaCalendars.SHANGHAI, Map.of(), Set.of(), Set.of());
		assertThat(SlaClock.on(never).dueAt(at("2026-03-10T09:00"), Duration.ofHours(1), NO_PAUSES)).isEmpty();
		// a target beyond the two-year horizon is not searched for either
		assertThat(CLOCK.dueAt(at("2026-03-10T09:00"), Duration.ofHours(8 * 600), NO_PAUSES)).isEmpty();
	}

	@Test
	void severalIntervalsPerDayAndDifferentHoursPerWeekday() {
		BusinessCalendar shop = new BusinessCalendar(ChinaCalendars.SHANGHAI,
				Map.of(DayOfWeek.SATURDAY, List.of(WorkingInterval.parse("10:00-14:00")), DayOfWeek.MONDAY,
						List.of(WorkingInterval.parse("13:00-18:00"), WorkingInterval.parse("08:00-10:00"))),
				Set.of(), Set.of());
		// Sat 14 Mar 13:00, 3 h: 1 h Saturday, Monday 08:00–10:00 → 10:00
		assertThat(SlaClock.on(shop).dueAt(at("2026-03-14T13:00"), Duration.ofHours(3), NO_PAUSES))
			.contains(at("2026-03-16T10:00"));
		// make-up days get the first weekday's hours (Monday here): 08–10, 13–18
		assertThat(BusinessCalendar.of(ChinaCalendars.SHANGHAI, shop.weeklyHours(),
				List.of(new SpecialDate(java.time.LocalDate.parse("2026-03-15"), SpecialDate.Kind.WORKDAY, "补班", "Make-up")))
			.hoursOn(java.time.LocalDate.parse("2026-03-15"))).extracting(WorkingInterval::toString)
			.containsExactly("08:00-10:00", "13:00-18:00");
	}

	@Test
	void refusesNonsense() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingInterval.parse("18:00-09:00"));
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingInterval.parse("9-12"));
		assertThatIllegalArgumentException().isThrownBy(() -> new BusinessCalendar(ChinaCalendars.SHANGHAI,
				Map.of(DayOfWeek.MONDAY, List.of(WorkingInterval.parse("09:00-12:00"), WorkingInterval.parse("11:00-13:00"))),
				Set.of(), Set.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> BusinessCalendar.of(ChinaCalendars.SHANGHAI,
				EnumSet.of(DayOfWeek.MONDAY), ChinaCalendars.OFFICE_HOURS, List.of(
						new SpecialDate(java.time.LocalDate.parse("2026-03-15"), SpecialDate.Kind.WORKDAY, "a", "a"),
						new SpecialDate(java.time.LocalDate.parse("2026-03-15"), SpecialDate.Kind.HOLIDAY, "b", "b"))));
		assertThatIllegalArgumentException().isThrownBy(() -> new Pause(at("2026-03-10T10:00"), at("2026-03-10T09:00")));
		assertThatIllegalArgumentException().isThrownBy(() -> CLOCK.dueAt(at("2026-03-10T10:00"), Duration.ofHours(-1), NO_PAUSES));
		assertThat(WorkingInterval.parse("00:00-24:00")).isEqualTo(WorkingInterval.WHOLE_DAY);
		assertThat(WorkingInterval.WHOLE_DAY.length()).isEqualTo(Duration.ofHours(24));
	}

	private static Instant due(String start, Duration target) {
		return CLOCK.dueAt(at(start), target, NO_PAUSES).orElseThrow();
	}

	private static Duration elapsed(String start, String now) {
		return CLOCK.elapsed(at(start), at(now), NO_PAUSES);
	}

}
