package io.kairos.shared.time.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of seeded random starts, targets and pauses on calendars with lunch breaks, holidays, make-up days,
 * 24×7 and a daylight-saving zone. For each: the due time lies in working time (the instant just before it was
 * working and unpaused), exactly the target has elapsed at the due time, and a longer target is never due earlier.
 */
class SlaClockPropertyTests {

	static final long SEED = 20260214L;

	static final int CASES = 4000;

	static final Instant FROM = ChinaCalendars.at("2025-12-01T00:00");

	static final long SPAN_SECONDS = Duration.ofDays(400).toSeconds();

	static final List<BusinessCalendar> CALENDARS = List.of(ChinaCalendars.CHINA_2026,
			BusinessCalendar.twentyFourSeven(),
			new BusinessCalendar(ZoneId.of("Europe/Berlin"),
					Map.of(DayOfWeek.SATURDAY, List.of(WorkingInterval.parse("01:30-02:30"), WorkingInterval.parse("10:00-14:00")),
							DayOfWeek.SUNDAY, List.of(WorkingInterval.parse("00:00-24:00")),
							DayOfWeek.WEDNESDAY, List.of(WorkingInterval.parse("02:00-03:00"))),
					Set.of(java.time.LocalDate.parse("2026-03-29")), Set.of(java.time.LocalDate.parse("2026-03-30"))));

	@Test
	void dueTimesAreWorkingTimeAndAddUpAndGrowWithTheTarget() {
		Random random = new Random(SEED);
		for (int i = 0; i < CASES; i++) {
			BusinessCalendar calendar = CALENDARS.get(random.nextInt(CALENDARS.size()));
			SlaClock clock = SlaClock.on(calendar);
			Instant start = FROM.plusSeconds(random.nextLong(SPAN_SECONDS));
			Duration target = Duration.ofSeconds(random.nextInt(4) == 0 ? random.nextInt(600) : random.nextInt(80 * 3600));
			List<Pause> pauses = pauses(random, start);
			String example = "case " + i + ": " + calendar + " start " + start + " target " + target + " pauses " + pauses;

			Optional<Instant> due = clock.dueAt(start, target, pauses);
			assertThat(due).as(example).isPresent();
			Instant at = due.get();
			assertThat(at).as(example).isAfterOrEqualTo(start);
			if (!target.isZero()) {
				Instant justBefore = at.minusNanos(1);
				assertThat(calendar.isWorkingTime(justBefore)).as(example + " due " + at).isTrue();
				assertThat(pauses).as(example + " due " + at).noneMatch(pause -> pause.covers(justBefore));
			}
			assertThat(clock.elapsed(start, at, pauses)).as(example + " due " + at).isEqualTo(target);

			Duration longer = target.plusSeconds(random.nextInt(20 * 3600));
			assertThat(clock.dueAt(start, longer, pauses)).as(example + " longer " + longer).get()
				.satisfies(later -> assertThat(later).isAfterOrEqualTo(at));
		}
	}

	/** Up to three closed pauses, some before the start, overlapping or long, most in the first days. */
	private static List<Pause> pauses(Random random, Instant start) {
		List<Pause> pauses = new ArrayList<>();
		int count = random.nextInt(4);
		for (int i = 0; i < count; i++) {
			Instant from = start.plusSeconds(random.nextLong(Duration.ofDays(6).toSeconds()) - Duration.ofDays(1).toSeconds());
			pauses.add(new Pause(from, from.plusSeconds(random.nextLong(Duration.ofHours(40).toSeconds()))));
		}
		return pauses;
	}

}
