package io.kairos.analytics.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;

import io.kairos.analytics.dashboard.DashboardKind;

/** A member of staff's wish to receive a dashboard by e-mail, daily or weekly, at an hour of their time zone. */
public record ReportSubscription(long id, long staffMember, DashboardKind dashboard, ReportFrequency frequency,
		int hour, DayOfWeek weekday, String timeZone, Instant createdAt) {

	ReportSchedule schedule() {
		return new ReportSchedule(frequency, hour, weekday, ZoneId.of(timeZone));
	}

}
