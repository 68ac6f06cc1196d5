package io.kairos.desk;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.calendar.BusinessCalendar;
import io.kairos.shared.time.calendar.SpecialDate;
import io.kairos.shared.time.calendar.WorkingInterval;

/**
 * The desk's business calendars for SLA clocks: one by id, or the default (Mainland China business days).
 * Calendars are cached; a change on this node drops its entry once committed, and entries expire after
 * {@link #TIME_TO_LIVE} so other nodes pick up a change within that time.
 */
@Service
public class BusinessCalendars {

	static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<Long, Cached> calendars = new ConcurrentHashMap<>();

	private volatile CachedId defaultId;

	BusinessCalendars(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The calendar with this id; 404 problem when there is none. */
	@Transactional(readOnly = true)
	public BusinessCalendar get(long id) {
		Instant now = clock.instant();
		Cached cached = calendars.get(id);
		if (cached != null && cached.isFresh(now)) {
			return cached.calendar();
		}
		BusinessCalendar loaded = load(id);
		calendars.put(id, new Cached(loaded, now));
		return loaded;
	}

	@Transactional(readOnly = true)
	public BusinessCalendar defaultCalendar() {
		return get(defaultCalendarId());
	}

	@Transactional(readOnly = true)
	public long defaultCalendarId() {
		Instant now = clock.instant();
		CachedId cached = defaultId;
		if (cached != null && !now.isAfter(cached.loadedAt().plus(TIME_TO_LIVE))) {
			return cached.id();
		}
		long id = jdbc.sql("select id from business_calendar where is_default order by id fetch first 1 rows only")
			.query(Long.class)
			.single();
		defaultId = new CachedId(id, now);
		return id;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(BusinessCalendarChanged changed) {
		calendars.remove(changed.calendarId());
		defaultId = null;
	}

	private BusinessCalendar load(long id) {
		String zone = jdbc.sql("select time_zone from business_calendar where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("problem.calendar.not-found", id));
		Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
		List<Hours> hours = jdbc.sql("select weekday, start_minute, end_minute from business_calendar_hours where calendar = :id")
			.param("id", id)
			.query(Hours.class)
			.list();
		for (Hours row : hours) {
			week.computeIfAbsent(DayOfWeek.of(row.weekday()), day -> new ArrayList<>())
				.add(WorkingInterval.ofMinutes(row.startMinute(), row.endMinute()));
		}
		List<SpecialDate> dates = jdbc.sql("select special_date, kind from business_calendar_date where calendar = :id")
			.param("id", id)
			.query((rs, n) -> new SpecialDate(rs.getObject("special_date", LocalDate.class),
					SpecialDate.Kind.valueOf(rs.getString("kind")), null, null))
			.list();
		return BusinessCalendar.of(ZoneId.of(zone), week, dates);
	}

	private record Hours(int weekday, int startMinute, int endMinute) {
	}

	private record Cached(BusinessCalendar calendar, Instant loadedAt) {

		boolean isFresh(Instant now) {
			return !now.isAfter(loadedAt.plus(TIME_TO_LIVE));
		}

	}

	private record CachedId(long id, Instant loadedAt) {
	}

}
