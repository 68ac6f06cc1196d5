package io.kairos.desk.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kairos.shared.time.Timestamps;
import io.kairos.shared.time.calendar.SpecialDate;
import io.kairos.shared.time.calendar.WorkingInterval;

/** The calendar tables: calendars, their weekly hours (minutes after midnight) and their special dates. */
@Repository
class CalendarRepository {

	private final JdbcClient jdbc;

	CalendarRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> all() {
		return jdbc.sql("select id, code, name_zh, name_en, time_zone, is_default, version from business_calendar"
				+ " order by is_default desc, id")
			.query(Row.class)
			.list();
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select id, code, name_zh, name_en, time_zone, is_default, version from business_calendar"
				+ " where id = :id")
			.param("id", id)
			.query(Row.class)
			.optional();
	}

	boolean codeTaken(String code) {
		return jdbc.sql("select count(*) from business_calendar where code = :code")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	/** MONDAY … SUNDAY, each with its intervals in order (an empty list for a day off). */
	Map<String, List<String>> weeklyHours(long id) {
		Map<String, List<String>> week = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day.name(), new ArrayList<>());
		}
		jdbc.sql("select weekday, start_minute, end_minute from business_calendar_hours where calendar = :id"
				+ " order by weekday, start_minute")
			.param("id", id)
			.query(Hours.class)
			.list()
			.forEach(hours -> week.get(DayOfWeek.of(hours.weekday()).name())
				.add(WorkingInterval.ofMinutes(hours.startMinute(), hours.endMinute()).toString()));
		return week;
	}

	List<Integer> years(long id) {
		return dates(id, null).stream().map(date -> date.date().getYear()).distinct().toList();
	}

	/** The special dates in date order, of one year or (year null) all. */
	List<CalendarDate> dates(long id, Integer year) {
		String inYear = year == null ? "" : " and special_date >= :from and special_date < :until";
		JdbcClient.StatementSpec sql = jdbc.sql("select special_date, kind, name_zh, name_en"
				+ " from business_calendar_date where calendar = :id" + inYear + " order by special_date")
			.param("id", id);
		if (year != null) {
			sql = sql.param("from", LocalDate.of(year, 1, 1)).param("until", LocalDate.of(year + 1, 1, 1));
		}
		return sql.query((rs, n) -> new CalendarDate(rs.getObject("special_date", LocalDate.class), rs.getString("kind"),
				rs.getString("name_zh"), rs.getString("name_en")))
			.list();
	}

	long insert(String code, String nameZh, String nameEn, String timeZone, Instant now) {
		jdbc.sql("insert into business_calendar (code, name_zh, name_en, time_zone, is_default, version, created_at,"
				+ " updated_at) values (:code, :nameZh, :nameEn, :zone, false, 0, :now, :now)")
			.param("code", code)
			.param("nameZh", nameZh)
			.param("nameEn", nameEn)
			.param("zone", timeZone)
			.param("now", Timestamps.utc(now))
			.update();
		return jdbc.sql("select id from business_calendar where code = :code").param("code", code).query(Long.class).single();
	}

	void insertHours(long id, Map<DayOfWeek, List<WorkingInterval>> week) {
		week.forEach((day, intervals) -> intervals.forEach(interval -> jdbc
			.sql("insert into business_calendar_hours (calendar, weekday, start_minute, end_minute)"
					+ " values (:id, :weekday, :start, :end)")
			.param("id", id)
			.param("weekday", day.getValue())
			.param("start", interval.startMinute())
			.param("end", interval.endMinute())
			.update()));
	}

	void insertDates(long id, Collection<SpecialDate> dates) {
		for (SpecialDate date : dates) {
			jdbc.sql("insert into business_calendar_date (calendar, special_date, kind, name_zh, name_en)"
					+ " values (:id, :date, :kind, :nameZh, :nameEn)")
				.param("id", id)
				.param("date", date.date())
				.param("kind", date.kind().name())
				.param("nameZh", date.nameZh())
				.param("nameEn", date.nameEn())
				.update();
		}
	}

	/** Removes the dates of one year; answers how many there were. */
	int deleteYear(long id, int year) {
		return jdbc.sql("delete from business_calendar_date where calendar = :id and special_date >= :from"
				+ " and special_date < :until")
			.param("id", id)
			.param("from", LocalDate.of(year, 1, 1))
			.param("until", LocalDate.of(year + 1, 1, 1))
			.update();
	}

	void touch(long id, Instant now) {
		jdbc.sql("update business_calendar set version = version + 1, updated_at = :now where id = :id")
			.param("id", id)
			.param("now", Timestamps.utc(now))
			.update();
	}

	record Row(long id, String code, String nameZh, String nameEn, String timeZone, boolean isDefault, int version) {
	}

	record Hours(int weekday, int startMinute, int endMinute) {
	}

}
