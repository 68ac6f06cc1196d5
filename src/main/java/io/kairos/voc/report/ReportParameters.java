package io.kairos.voc.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.kairos.shared.api.ProblemException;

/**
 * Reads report query parameters: dates ({@code 2026-03-01}, a whole day in Kairos' time zone) or instants,
 * allow-listed groupings, trimmed context values. Each refusal names its parameter.
 */
@Component
public class ReportParameters {

	private final ZoneId zone;

	private final Clock clock;

	ReportParameters(@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone, Clock clock) {
		this.zone = ZoneId.of(zone);
		this.clock = clock;
	}

	public ZoneId zone() {
		return zone;
	}

	public Instant now() {
		return clock.instant();
	}

	public ResponseFilter filter(Long surveyId, String from, String to, String segment, String tier, String channel,
			Long touchpoint, Long team, Long agent) {
		Instant start = instant("from", from, false);
		Instant end = instant("to", to, true);
		if (start != null && end != null && !start.isBefore(end)) {
			throw ProblemException.invalid("to", "problem.report.period");
		}
		return new ResponseFilter(surveyId, start, end, text(segment), text(tier), text(channel), touchpoint, team,
				agent);
	}

	/** A date is its day's start ({@code end}: the next day's start, so the day is included); else an instant. */
	public Instant instant(String name, String value, boolean end) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		try {
			if (trimmed.length() == 10) {
				LocalDate day = LocalDate.parse(trimmed);
				return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
			}
			return Instant.parse(trimmed);
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.invalid(name, "problem.report.date", name);
		}
	}

	public NpsGrouping grouping(String groupBy) {
		if (groupBy == null || groupBy.isBlank()) {
			return null;
		}
		return NpsGrouping.of(groupBy.strip())
			.orElseThrow(() -> ProblemException.invalid("groupBy", "problem.report.group-by",
					"segment, tier, channel, touchpoint, team, agent"));
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
