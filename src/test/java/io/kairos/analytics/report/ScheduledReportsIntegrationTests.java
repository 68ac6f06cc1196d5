package io.kairos.analytics.report;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled e-mail reports: staff subscribe and unsubscribe on the page, bad input is refused next to its field and
 * stores nothing, and a due report is queued in the messaging outbox exactly once per period, even when two nodes run
 * the job at the same moment.
 */
@KairosIntegrationTest
class ScheduledReportsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ScheduledReports reports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aManagerSubscribesToAWeeklyReportAndStopsIt() {
		Http http = new Http(port);
		StaffAccounts.Account manager = StaffAccounts.create(http, "reports", "MANAGER");
		assertThat(http.login(manager.username(), StaffAccounts.PASSWORD).statusCode()).isEqualTo(302);

		var created = http.submit("/analytics/reports", "/analytics/reports", "dashboard", "manager", "frequency",
				"WEEKLY", "hour", "7", "weekday", "FRIDAY", "timeZone", "Asia/Shanghai");

		assertThat(created.statusCode()).isEqualTo(302);
		List<ReportSubscription> mine = reports.of(manager.id());
		assertThat(mine).singleElement().satisfies(s -> {
			assertThat(s.dashboard().code()).isEqualTo("manager");
			assertThat(s.frequency()).isEqualTo(ReportFrequency.WEEKLY);
			assertThat(s.hour()).isEqualTo(7);
			assertThat(s.weekday()).isEqualTo(java.time.DayOfWeek.FRIDAY);
		});
		String page = http.send(http.request("/analytics/reports").GET()).body();
		assertThat(page).contains("data-subscription=\"" + mine.get(0).id() + "\"");

		var stopped = http.submit("/analytics/reports", "/analytics/reports/" + mine.get(0).id() + "/delete");
		assertThat(stopped.statusCode()).isEqualTo(302);
		assertThat(reports.of(manager.id())).isEmpty();
	}

	@Test
	void badInputIsRefusedAtItsFieldAndStoresNothing() {
		Http http = new Http(port);
		StaffAccounts.Account agent = StaffAccounts.create(http, "reports-agent", "AGENT");
		assertThat(http.login(agent.username(), StaffAccounts.PASSWORD).statusCode()).isEqualTo(302);

		var hour = http.submit("/analytics/reports", "/analytics/reports", "dashboard", "agent", "frequency", "DAILY",
				"hour", "25", "weekday", "MONDAY", "timeZone", "Asia/Shanghai");
		var zone = http.submit("/analytics/reports", "/analytics/reports", "dashboard", "agent", "frequency", "DAILY",
				"hour", "8", "weekday", "MONDAY", "timeZone", "Mars/Olympus");
		var dashboard = http.submit("/analytics/reports", "/analytics/reports", "dashboard", "manager", "frequency",
				"DAILY", "hour", "8", "weekday", "MONDAY", "timeZone", "Asia/Shanghai");

		assertThat(hour.statusCode()).isEqualTo(200);
		assertThat(hour.body()).contains("is-invalid");
		assertThat(zone.body()).contains("is-invalid");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(reports.of(agent.id())).isEmpty();
	}

	@Test
	void aDueReportIsQueuedOncePerPeriodEvenWhenTwoNodesRunTheJob() {
		Http http = new Http(port);
		String username = StaffAccounts.unique("daily");
		var user = http.postJson("/api/v1/users", StaffAccounts.adminToken(http), """
				{"username":"%s","displayName":"Daily %s","email":"%s@kairos.example","password":"%s","roles":["SUPERVISOR"]}"""
			.formatted(username, username, username, StaffAccounts.PASSWORD));
		assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
		long staff = Http.json(user.body()).get("id").asLong();
		// Created two days ago at midnight UTC, so today's 00:00 report is due and belongs to it.
		jdbc.sql("""
				insert into report_subscription (staff_member, dashboard, frequency, send_hour, weekday, time_zone, created_at)
				values (:staff, 'SUPERVISOR', 'DAILY', 0, 1, 'UTC', :created)""")
			.param("staff", staff)
			.param("created", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2))
			.update();
		long subscription = reports.of(staff).get(0).id();

		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(reports::sendDue);
		CompletableFuture<Integer> two = CompletableFuture.supplyAsync(reports::sendDue);
		one.join();
		two.join();
		reports.sendDue();

		String today = java.time.LocalDate.now(ZoneOffset.UTC).toString();
		assertThat(jdbc.sql("select period_code from report_dispatch where subscription = :id")
			.param("id", subscription).query(String.class).list()).containsExactly(today);
		assertThat(jdbc.sql("select count(*) from outbound_message where dedup_key = :key")
			.param("key", "report:" + subscription + ":" + today).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select staff_member from outbound_message where dedup_key = :key")
			.param("key", "report:" + subscription + ":" + today).query(Long.class).single()).isEqualTo(staff);
	}

}
