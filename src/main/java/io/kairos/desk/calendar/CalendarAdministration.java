package io.kairos.desk.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.BusinessCalendarChanged;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.calendar.SpecialDate;
import io.kairos.shared.time.calendar.SpecialDatesCsv;
import io.kairos.shared.time.calendar.SpecialDatesFormatException;
import io.kairos.shared.time.calendar.WorkingInterval;

/**
 * Lists, creates and fills business calendars. Creating a calendar and importing a file of special dates are
 * all-or-nothing and audited; an import replaces the calendar's dates in the years the file covers.
 */
@Service
public class CalendarAdministration {

	static final int MAX_NAME = 100;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

	private final CalendarRepository calendars;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarAdministration(CalendarRepository calendars, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.calendars = calendars;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CalendarSummary> list() {
		return calendars.all()
			.stream()
			.map(row -> new CalendarSummary(row.id(), row.code(), row.nameZh(), row.nameEn(), row.timeZone(),
					row.isDefault(), calendars.weeklyHours(row.id()), calendars.years(row.id())))
			.toList();
	}

	@Transactional(readOnly = true)
	public CalendarView view(long id, Integer year) {
		CalendarRepository.Row row = row(id);
		return new CalendarView(row.id(), row.code(), row.nameZh(), row.nameEn(), row.timeZone(), row.isDefault(),
				row.version(), calendars.weeklyHours(id), calendars.years(id), year, calendars.dates(id, year));
	}

	@Transactional
	public CalendarView create(NewCalendar input) {
		String code = input.code() == null ? null : input.code().strip();
		if (code == null || code.isEmpty()) {
			throw ProblemException.invalid("code", "validation.required");
		}
		if (!CODE.matcher(code).matches()) {
			throw ProblemException.invalid("code", "validation.calendar.code");
		}
		String nameZh = name("nameZh", input.nameZh(), MAX_NAME);
		String nameEn = name("nameEn", input.nameEn(), MAX_NAME);
		ZoneId zone = zone(input.timeZone());
		Map<DayOfWeek, List<WorkingInterval>> week = weeklyHours(input.weeklyHours());
		List<SpecialDate> dates = dates(input.dates());
		if (calendars.codeTaken(code)) {
			throw new ProblemException(HttpStatus.CONFLICT, "problem.calendar.code-taken", "code", code);
		}
		long id = calendars.insert(code, nameZh, nameEn, zone.getId(), clock.instant());
		calendars.insertHours(id, week);
		calendars.insertDates(id, dates);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("code", code);
		detail.put("timeZone", zone.getId());
		detail.put("weeklyHours", calendars.weeklyHours(id));
		detail.put("dates", dates.size());
		audit.record("calendar.created", "business_calendar", id, detail);
		events.publishEvent(new BusinessCalendarChanged(id, code));
		return view(id, null);
	}

	/** Reads a file in the special-dates format (UTF-8) and stores it in place of the years it covers. */
	@Transactional
	public DatesImported importDates(long id, byte[] file) {
		CalendarRepository.Row row = row(id);
		List<SpecialDate> dates;
		try {
			dates = SpecialDatesCsv.parse(utf8(file));
		}
		catch (SpecialDatesFormatException refused) {
			throw ProblemException.invalid("file", "problem.calendar.import." + refused.reason().name(),
					refused.line(), refused.value());
		}
		if (dates.isEmpty()) {
			throw ProblemException.invalid("file", "problem.calendar.import.empty");
		}
		Set<Integer> years = new TreeSet<>();
		dates.forEach(date -> years.add(date.date().getYear()));
		int replaced = 0;
		for (int year : years) {
			replaced += calendars.deleteYear(id, year);
		}
		calendars.insertDates(id, dates);
		Instant now = clock.instant();
		calendars.touch(id, now);
		int holidays = (int) dates.stream().filter(date -> date.kind() == SpecialDate.Kind.HOLIDAY).count();
		DatesImported result = new DatesImported(id, List.copyOf(years), holidays, dates.size() - holidays, replaced);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("years", result.years());
		detail.put("holidays", result.holidays());
		detail.put("workdays", result.workdays());
		detail.put("replaced", replaced);
		audit.record("calendar.dates.imported", "business_calendar", id, detail);
		events.publishEvent(new BusinessCalendarChanged(id, row.code()));
		return result;
	}

	private CalendarRepository.Row row(long id) {
		return calendars.find(id).orElseThrow(() -> ProblemException.notFound("problem.calendar.not-found", id));
	}

	private static String utf8(byte[] file) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			throw ProblemException.invalid("file", "problem.calendar.import.encoding");
		}
	}

	private static String name(String field, String name, int max) {
		if (name == null || name.isBlank()) {
			throw ProblemException.invalid(field, "validation.required");
		}
		String stripped = name.strip();
		if (stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl)) {
			throw ProblemException.invalid(field, "validation.calendar.name", max);
		}
		return stripped;
	}

	private static ZoneId zone(String timeZone) {
		if (timeZone == null || timeZone.isBlank()) {
			throw ProblemException.invalid("timeZone", "validation.required");
		}
		try {
			return ZoneId.of(timeZone.strip());
		}
		catch (DateTimeException unknown) {
			throw ProblemException.invalid("timeZone", "validation.calendar.time-zone");
		}
	}

	private static Map<DayOfWeek, List<WorkingInterval>> weeklyHours(Map<String, List<String>> input) {
		if (input == null) {
			throw ProblemException.invalid("weeklyHours", "validation.required");
		}
		Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
		for (Map.Entry<String, List<String>> day : input.entrySet()) {
			String field = "weeklyHours." + day.getKey();
			DayOfWeek weekday;
			try {
				weekday = DayOfWeek.valueOf(day.getKey().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException notADay) {
				throw ProblemException.invalid(field, "validation.calendar.weekday");
			}
			List<WorkingInterval> intervals = new ArrayList<>();
			List<String> texts = day.getValue() == null ? List.of() : day.getValue();
			for (int i = 0; i < texts.size(); i++) {
				WorkingInterval interval;
				try {
					interval = WorkingInterval.parse(texts.get(i));
				}
				catch (IllegalArgumentException badInterval) {
					throw ProblemException.invalid(field + "[" + i + "]", "validation.calendar.interval");
				}
				for (WorkingInterval earlier : intervals) {
					if (interval.startMinute() < earlier.endMinute() && earlier.startMinute() < interval.endMinute()) {
						throw ProblemException.invalid(field + "[" + i + "]", "validation.calendar.overlap");
					}
				}
				intervals.add(interval);
			}
			if (week.put(weekday, intervals) != null) {
				throw ProblemException.invalid(field, "validation.calendar.weekday");
			}
		}
		if (week.values().stream().allMatch(List::isEmpty)) {
			throw ProblemException.invalid("weeklyHours", "validation.calendar.no-hours");
		}
		return week;
	}

	private static List<SpecialDate> dates(List<NewCalendar.NewDate> input) {
		if (input == null) {
			return List.of();
		}
		if (input.size() > SpecialDatesCsv.MAX_DATES) {
			throw ProblemException.invalid("dates", "validation.calendar.too-many-dates", SpecialDatesCsv.MAX_DATES);
		}
		Set<LocalDate> seen = new HashSet<>();
		List<SpecialDate> dates = new ArrayList<>();
		for (int i = 0; i < input.size(); i++) {
			String at = "dates[" + i + "].";
			NewCalendar.NewDate in = input.get(i);
			if (in == null || in.date() == null || in.date().isBlank()) {
				throw ProblemException.invalid(at + "date", "validation.required");
			}
			LocalDate date;
			try {
				date = LocalDate.parse(in.date().strip());
			}
			catch (DateTimeParseException notADate) {
				throw ProblemException.invalid(at + "date", "validation.calendar.date");
			}
			if (!seen.add(date)) {
				throw ProblemException.invalid(at + "date", "validation.calendar.duplicate-date");
			}
			SpecialDate.Kind kind;
			try {
				kind = SpecialDate.Kind.valueOf(in.kind() == null ? "" : in.kind().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException unknown) {
				throw ProblemException.invalid(at + "kind", "validation.calendar.kind");
			}
			dates.add(new SpecialDate(date, kind, name(at + "nameZh", in.nameZh(), SpecialDatesCsv.MAX_NAME),
					name(at + "nameEn", in.nameEn(), SpecialDatesCsv.MAX_NAME)));
		}
		return dates;
	}

}
