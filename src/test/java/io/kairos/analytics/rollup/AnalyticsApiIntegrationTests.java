package io.kairos.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.customer.CustomerId;
import io.kairos.desk.AuthorKind;
import io.kairos.desk.CallbackCompleted;
import io.kairos.desk.CallbackDue;
import io.kairos.desk.DeskTestData;
import io.kairos.desk.MessageVisibility;
import io.kairos.desk.PromiseMade;
import io.kairos.desk.PromiseOverdue;
import io.kairos.desk.PromiseSettled;
import io.kairos.desk.SlaBreached;
import io.kairos.desk.SlaTarget;
import io.kairos.desk.TicketAssigned;
import io.kairos.desk.TicketChanged;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketMessagePosted;
import io.kairos.desk.TicketOpened;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketResolved;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketStatusChanged;
import io.kairos.desk.TicketType;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

/**
 * The KPI API on tickets worked through the desk's API by an agent of a team of the test's own: the desk's events
 * keep the roll-ups current; replaying every event twice changes nothing; a rebuild from the desk's tables gives
 * exactly the roll-ups the events built. Also the API's refusals, targets and the staffing planner.
 */
@KairosIntegrationTest
class AnalyticsApiIntegrationTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	DeskEvents listener;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	Http http;

	StaffAccounts.Account agent;

	String token;

	String manager;

	long team;

	@BeforeEach
	void team() {
		http = new Http(port);
		agent = StaffAccounts.create(http, "kpi-agent", "AGENT");
		token = DeskTestData.token(http, agent.username());
		manager = DeskTestData.token(http, "manager");
		team = DeskTestData.team(http, StaffAccounts.unique("KPI 组"), agent.id());
	}

	@Test
	void eventsKeepTheRollupsCurrentReplayingThemChangesNothingAndARebuildGivesTheSame() {
		long answered = ticket("已答复", "INQUIRY");
		reply(answered);
		resolve(answered);
		long reopened = ticket("重新打开的投诉", "COMPLAINT");
		reply(reopened);
		resolve(reopened);
		ok(http.postJson("/api/v1/tickets/" + reopened + "/reopen", token, ""));
		resolve(reopened);
		long waiting = ticket("等待中", "INQUIRY");
		JsonNode promise = ok(http.postJson("/api/v1/tickets/" + waiting + "/promises", token, """
				{"kind":"CALLBACK","what":"今天回电","dueAt":"%s","ownerId":%d}"""
			.formatted(Instant.now().plus(Duration.ofHours(2)), agent.id())));
		ok(http.send(http.request("/api/v1/promises/" + promise.get("id").asLong())
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":\"KEPT\"}"))));
		for (long ticket : List.of(answered, reopened)) {
			JsonNode callbacks = ok(http.get("/api/v1/tickets/" + ticket + "/callbacks", token));
			JsonNode open = callbacks.get(callbacks.size() - 1);
			ok(http.postJson("/api/v1/callbacks/" + open.get("id").asLong() + "/outcome", token,
					"{\"outcome\":\"SATISFIED\"}"));
		}
		long fcr = List.of(answered, reopened)
			.stream()
			.filter(id -> ok(http.get("/api/v1/tickets/" + id, token)).get("firstContactResolution").asBoolean(false))
			.count();

		Map<String, JsonNode> kpis = awaitKpis(values -> number(values, "volume") == 3 && number(values, "resolved") == 2
				&& denominator(values, "callback_completion") == 2 && denominator(values, "promise_kept") == 1
				&& number(values, "backlog") == 1);
		assertFigure(kpis, "complaint_share", "33.33", 1, 3);
		assertFigure(kpis, "reopen_rate", "50.00", 1, 2);
		assertFigure(kpis, "promise_kept", "100.00", 1, 1);
		assertFigure(kpis, "callback_completion", "100.00", 2, 2);
		assertThat(kpis.get("fcr").get("numerator").asLong()).isEqualTo(fcr);
		assertThat(kpis.get("first_response_mean").get("denominator").asLong()).isEqualTo(2);
		assertThat(kpis.get("sla_first_response").get("denominator").asLong()).isEqualTo(2);
		assertThat(kpis.get("backlog_age_under_1d").get("value").asLong()).isEqualTo(1);

		Map<String, List<Long>> incremental = settled();
		assertThat(incremental).isNotEmpty();
		assertThat(RollupSnapshot.wrongTotals(jdbc)).as("whole-day totals kept by the events").isEmpty();
		LocalDate today = LocalDate.now(ZONE);
		long everyTeam = 0;
		for (JsonNode value : ok(http.get("/api/v1/kpis?from=" + today.minusDays(1) + "&to=" + today.plusDays(1),
				manager)).get("values")) {
			everyTeam = "volume".equals(value.get("kpi").asString()) ? value.get("value").asLong() : everyTeam;
		}
		assertThat(everyTeam).as("unfiltered volume, read from the whole-day totals")
			.isEqualTo(jdbc.sql("select coalesce(sum(opened), 0) from analytics_daily where stat_date between ? and ?")
				.params(java.sql.Date.valueOf(today.minusDays(1)), java.sql.Date.valueOf(today.plusDays(1)))
				.query(Long.class)
				.single())
			.isGreaterThanOrEqualTo(3);

		for (int round = 0; round < 2; round++) {
			for (long ticket : List.of(answered, reopened, waiting)) {
				replayAll(ticket);
			}
		}
		assertThat(settled()).as("replaying every event twice").isEqualTo(incremental);

		HttpResponse<String> denied = http.postJson("/api/v1/analytics/rebuild", manager, "");
		assertThat(denied.statusCode()).isEqualTo(403);
		HttpResponse<String> rebuilt = http.postJson("/api/v1/analytics/rebuild", StaffAccounts.adminToken(http), "");
		assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
		assertThat(Http.json(rebuilt.body()).get("tickets").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(RollupSnapshot.of(jdbc, team)).as("rebuild equals incremental").isEqualTo(incremental);
		assertThat(RollupSnapshot.wrongTotals(jdbc)).as("whole-day totals after the rebuild").isEmpty();
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'analytics.rebuild'").query(Long.class).single())
			.isPositive();
	}

	@Test
	void badParametersAreRefusedNamingTheField() {
		assertProblem(http.get("/api/v1/kpis?to=2026-03-01", manager), "from");
		assertProblem(http.get("/api/v1/kpis?from=2026-03-01&to=yesterday", manager), "to");
		assertProblem(http.get("/api/v1/kpis?from=2026-03-02&to=2026-03-01", manager), "to");
		assertProblem(http.get("/api/v1/kpis?from=2024-01-01&to=2026-03-01", manager), "to");
		assertProblem(http.get("/api/v1/kpis?from=2026-03-01&to=2026-03-02&groupBy=region", manager), "groupBy");
		assertProblem(http.get("/api/v1/kpis?from=2026-03-01&to=2026-03-02&team=x", manager), "team");
		assertProblem(http.get("/api/v1/kpis?from=2026-03-01&to=2026-03-02&channel=pigeon", manager), "channel");
		assertProblem(http.get("/api/v1/kpis?from=2026-03-01&to=2026-03-02&tier=%27%3B--", manager), "tier");
		HttpResponse<String> chinese = http.send(http.request("/api/v1/kpis?to=2026-03-01")
			.header("Authorization", "Bearer " + manager)
			.header("Accept-Language", "zh-CN"));
		assertThat(chinese.body()).contains("日期");
		HttpResponse<String> fine = http.get("/api/v1/kpis?from=2026-03-01&to=2026-03-31&groupBy=week&channel=web", token);
		assertThat(fine.statusCode()).as("agents read KPIs").isEqualTo(200);
	}

	@Test
	void targetsColourTheValuesAndOnlyManagersAndAdminsSetThem() {
		String admin = StaffAccounts.adminToken(http);
		http.send(http.request("/api/v1/kpi-targets/complaint_share").header("Authorization", "Bearer " + admin).DELETE());
		assertThat(put("complaint_share", "{\"greenAt\":5,\"amberAt\":10}", token, null).statusCode()).isEqualTo(403);
		assertProblem(put("complaint_share", "{\"greenAt\":10,\"amberAt\":5}", manager, null), "amberAt");
		assertProblem(put("complaint_share", "{\"greenAt\":101,\"amberAt\":102}", manager, null), "greenAt");
		assertProblem(put("volume", "{\"greenAt\":1,\"amberAt\":2}", manager, null), "kpi");
		HttpResponse<String> set = put("complaint_share", "{\"greenAt\":0,\"amberAt\":50}", manager, null);
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		String etag = set.headers().firstValue("ETag").orElseThrow();
		assertThat(put("complaint_share", "{\"greenAt\":1,\"amberAt\":50}", admin, "\"999\"").statusCode()).isEqualTo(412);
		try {
			ticket("投诉", "COMPLAINT");
			ticket("咨询", "INQUIRY");
			Map<String, JsonNode> kpis = awaitKpis(values -> number(values, "volume") == 2);
			assertThat(kpis.get("complaint_share").get("target").decimalValue()).isEqualByComparingTo("0");
			assertThat(kpis.get("complaint_share").get("status").asString()).isEqualTo("AMBER");
			assertThat(kpis.get("fcr").get("status").isNull()).as("no target, no colour").isTrue();
			assertThat(put("complaint_share", "{\"greenAt\":60,\"amberAt\":70}", admin, etag).statusCode()).isEqualTo(200);
			assertThat(awaitKpis(values -> true).get("complaint_share").get("status").asString()).isEqualTo("GREEN");
		}
		finally {
			http.send(http.request("/api/v1/kpi-targets/complaint_share").header("Authorization", "Bearer " + admin).DELETE());
		}
	}

	@Test
	void theStaffingPlannerAnswersTheWorkedExampleAndRefusesBadInput() {
		String supervisor = DeskTestData.token(http, "supervisor");
		JsonNode plan = ok(http.get("/api/v1/staffing/erlang-c?calls=100&intervalMinutes=30&handleSeconds=180"
				+ "&targetPercent=80&targetSeconds=20&maxOccupancyPercent=85&shrinkagePercent=30", supervisor));
		assertThat(plan.get("agents").asInt()).isEqualTo(14);
		assertThat(plan.get("scheduledAgents").asInt()).isEqualTo(20);
		assertThat(plan.get("serviceLevelPercent").asDouble()).isEqualTo(88.84);
		assertThat(plan.get("averageSpeedOfAnswerSeconds").asDouble()).isEqualTo(7.84);
		assertProblem(http.get("/api/v1/staffing/erlang-c?calls=100&handleSeconds=abc", supervisor), "handleSeconds");
		assertProblem(http.get("/api/v1/staffing/erlang-c?handleSeconds=180", supervisor), "calls");
		assertProblem(http.get("/api/v1/staffing/erlang-c?calls=100&handleSeconds=180&targetPercent=100", supervisor),
				"targetPercent");
		assertProblem(http.get("/api/v1/staffing/erlang-c?calls=100&handleSeconds=180&shrinkagePercent=-1", supervisor),
				"shrinkagePercent");
		assertThat(http.get("/api/v1/staffing/erlang-c?calls=100&handleSeconds=180", token).statusCode())
			.as("agents do not plan staffing").isEqualTo(403);

		Http browser = new Http(port);
		browser.login("supervisor", Http.DEMO_PASSWORD);
		HttpResponse<String> page = browser.send(browser.request("/analytics/staffing?calls=100&intervalMinutes=30"
				+ "&handleSeconds=180&targetPercent=80&targetSeconds=20&maxOccupancyPercent=85&shrinkagePercent=30"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"plan-agents\">14<").contains("id=\"plan-scheduled\">20<");
		HttpResponse<String> refused = browser.send(browser.request("/analytics/staffing?calls=%3Cscript%3E&handleSeconds=180"));
		assertThat(refused.body()).contains("data-field=\"calls\"").doesNotContain("<script>");
	}

	long ticket(String subject, String type) {
		JsonNode ticket = DeskTestData.open(http, token, subject,
				"\"type\":\"%s\",\"priority\":\"URGENT\",\"teamId\":%d".formatted(type, team));
		long id = ticket.get("id").asLong();
		ok(http.postJson("/api/v1/tickets/" + id + "/assign", token,
				"{\"teamId\":%d,\"assigneeId\":%d}".formatted(team, agent.id())));
		return id;
	}

	void reply(long ticket) {
		ok(http.postJson("/api/v1/tickets/" + ticket + "/messages", token, "{\"body\":\"您好，我们正在处理。\"}"));
	}

	void resolve(long ticket) {
		ok(http.postJson("/api/v1/tickets/" + ticket + "/resolve", token, ""));
	}

	HttpResponse<String> put(String kpi, String json, String bearer, String ifMatch) {
		HttpRequest.Builder request = http.request("/api/v1/kpi-targets/" + kpi)
			.header("Authorization", "Bearer " + bearer)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return http.send(request);
	}

	/** Every kind of desk event for the ticket, delivered to the listener again. */
	void replayAll(long ticket) {
		Instant now = Instant.now();
		CustomerId customer = new CustomerId(1);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			listener.on(new TicketOpened(ticket, "T", customer, TicketChannel.API, TicketType.INQUIRY,
					TicketPriority.URGENT, null, team, null, now));
			listener.on(new TicketAssigned(ticket, team, agent.id(), null, null, agent.id(), now));
			listener.on(new TicketMessagePosted(ticket, 1, customer, MessageVisibility.PUBLIC, AuthorKind.STAFF,
					TicketChannel.API, now));
			listener.on(new TicketStatusChanged(ticket, customer, TicketStatus.OPEN, TicketStatus.RESOLVED, agent.id(),
					now));
			listener.on(new TicketResolved(ticket, "T", customer, TicketType.INQUIRY, team, agent.id(), true, now));
			listener.on(new TicketChanged(ticket, Set.of("priority"), agent.id(), now));
			listener.on(new SlaBreached(ticket, SlaTarget.RESOLUTION, now, team, agent.id(), null, false, now));
			listener.on(new PromiseMade(1, ticket, customer, "x", now, agent.id(), now));
			listener.on(new PromiseOverdue(1, ticket, agent.id(), team, now, now));
			listener.on(new PromiseSettled(1, ticket, true, agent.id(), now));
			listener.on(new CallbackDue(1, ticket, customer, agent.id(), now, now));
			listener.on(new CallbackCompleted(1, ticket, "SATISFIED", agent.id(), now));
		});
	}

	/** The team's roll-ups once the desk's events have all been applied: two reads a second apart agree. */
	Map<String, List<Long>> settled() {
		Map<String, List<Long>> last = RollupSnapshot.of(jdbc, team);
		for (int i = 0; i < 30; i++) {
			sleep(1000);
			Map<String, List<Long>> now = RollupSnapshot.of(jdbc, team);
			if (now.equals(last)) {
				return now;
			}
			last = now;
		}
		return fail("The roll-ups did not settle");
	}

	Map<String, JsonNode> awaitKpis(java.util.function.Predicate<Map<String, JsonNode>> done) {
		LocalDate today = LocalDate.now(ZONE);
		String path = "/api/v1/kpis?from=" + today.minusDays(1) + "&to=" + today.plusDays(1) + "&team=" + team;
		Map<String, JsonNode> values = Map.of();
		for (int i = 0; i < 120; i++) {
			JsonNode report = ok(http.get(path, manager));
			values = new HashMap<>();
			for (JsonNode value : report.get("values")) {
				values.put(value.get("kpi").asString(), value);
			}
			if (done.test(values)) {
				return values;
			}
			sleep(250);
		}
		return fail("KPIs not reached: " + values);
	}

	static long number(Map<String, JsonNode> values, String kpi) {
		JsonNode value = values.get(kpi);
		return value == null || value.get("value").isNull() ? -1 : value.get("value").asLong();
	}

	static long denominator(Map<String, JsonNode> values, String kpi) {
		JsonNode value = values.get(kpi);
		return value == null || value.get("denominator").isNull() ? -1 : value.get("denominator").asLong();
	}

	static void assertFigure(Map<String, JsonNode> values, String kpi, String value, long numerator, long denominator) {
		JsonNode figure = values.get(kpi);
		assertThat(figure.get("value").decimalValue()).as(kpi).isEqualByComparingTo(value);
		assertThat(figure.get("numerator").asLong()).as(kpi + " numerator").isEqualTo(numerator);
		assertThat(figure.get("denominator").asLong()).as(kpi + " denominator").isEqualTo(denominator);
	}

	static void assertProblem(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(response.body()).contains("\"" + field + "\"").doesNotContain("Exception").doesNotContain("SQL");
	}

	static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
		return Http.json(response.body());
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
