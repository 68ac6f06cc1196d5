package io.kairos.analytics.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.kairos.analytics.dashboard.DashboardKind;
import io.kairos.shared.time.Timestamps;

/** The {@code report_subscription} and {@code report_dispatch} tables. */
@Repository
class ReportSubscriptionRepository {

	private static final String COLUMNS = "id, staff_member, dashboard, frequency, send_hour, weekday, time_zone, created_at";

	private final JdbcClient jdbc;

	ReportSubscriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long staffMember, DashboardKind dashboard, ReportFrequency frequency, int hour, DayOfWeek weekday,
			String timeZone, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into report_subscription (staff_member, dashboard, frequency, send_hour, weekday, time_zone, created_at)
				values (:staff, :dashboard, :frequency, :hour, :weekday, :zone, :now)""")
			.param("staff", staffMember)
			.param("dashboard", dashboard.name())
			.param("frequency", frequency.name())
			.param("hour", hour)
			.param("weekday", weekday.getValue())
			.param("zone", timeZone)
			.param("now", Timestamps.utc(now))
			.update(key, "id");
		return key.getKey().longValue();
	}

	List<ReportSubscription> of(long staffMember) {
		return jdbc.sql("select " + COLUMNS + " from report_subscription where staff_member = :staff order by id")
			.param("staff", staffMember)
			.query((rs, n) -> row(rs))
			.list();
	}

	List<ReportSubscription> all() {
		return jdbc.sql("select " + COLUMNS + " from report_subscription order by id").query((rs, n) -> row(rs)).list();
	}

	boolean delete(long id, long staffMember) {
		return jdbc.sql("delete from report_subscription where id = :id and staff_member = :staff")
			.param("id", id)
			.param("staff", staffMember)
			.update() == 1;
	}

	boolean dispatched(long subscription, String period) {
		return jdbc.sql("select count(*) from report_dispatch where subscription = :id and period_code = :period")
			.param("id", subscription)
			.param("period", period)
			.query(Long.class)
			.single() > 0;
	}

	/** Claims the period for this subscription; false when it was sent (or is being sent) already. */
	boolean claim(long subscription, String period, Instant now) {
		try {
			return jdbc.sql("""
					insert into report_dispatch (subscription, period_code, sent_at) values (:id, :period, :now)""")
				.param("id", subscription)
				.param("period", period)
				.param("now", Timestamps.utc(now))
				.update() == 1;
		}
		catch (DuplicateKeyException sentAlready) {
			return false;
		}
	}

	void recordMessage(long subscription, String period, UUID messageId) {
		jdbc.sql("update report_dispatch set message_id = :message where subscription = :id and period_code = :period")
			.param("message", messageId)
			.param("id", subscription)
			.param("period", period)
			.update();
	}

	private static ReportSubscription row(ResultSet rs) throws SQLException {
		return new ReportSubscription(rs.getLong("id"), rs.getLong("staff_member"),
				DashboardKind.valueOf(rs.getString("dashboard")), ReportFrequency.valueOf(rs.getString("frequency")),
				rs.getInt("send_hour"), DayOfWeek.of(rs.getInt("weekday")), rs.getString("time_zone"),
				Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)));
	}

}
