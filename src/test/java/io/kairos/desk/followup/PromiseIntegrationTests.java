package io.kairos.desk.followup;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Promises: made, kept, broken, rescheduled, overdue exactly once, settled on close, and the kept rate. */
@KairosIntegrationTest
class PromiseIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String agent;

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = DeskTestData.token(http, "agent");
	}

	@Test
	void aPromiseIsMadeKeptOnceAndChangesHonourIfMatch() {
		long ticket = DeskTestData.open(http, agent, "承诺回电", "").get("id").asLong();
		HttpResponse<String> made = make(agent, ticket, "CALLBACK", "今天 15:00 前回电", Instant.now().plus(2, ChronoUnit.HOURS), null);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		JsonNode promise = Http.json(made.body());
		assertThat(promise.get("status").asString()).isEqualTo("OPEN");
		assertThat(promise.get("kind").asString()).isEqualTo("CALLBACK");
		assertThat(promise.get("ownerId").isNull()).as("the maker owns it by default").isFalse();
		long id = promise.get("id").asLong();
		String etag = made.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> moved = FollowUpTestData.patch(http, agent, "/api/v1/promises/" + id,
				"{\"dueAt\":\"" + Instant.now().plus(3, ChronoUnit.HOURS) + "\",\"reason\":\"客户要求改到傍晚\"}", etag);
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		HttpResponse<String> stale = FollowUpTestData.patch(http, agent, "/api/v1/promises/" + id, "{\"status\":\"KEPT\"}", etag);
		assertThat(stale.statusCode()).isEqualTo(412);

		HttpResponse<String> kept = FollowUpTestData.patch(http, agent, "/api/v1/promises/" + id,
				"{\"status\":\"KEPT\",\"note\":\"已按时回电\"}", moved.headers().firstValue("ETag").orElseThrow());
		assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
		assertThat(Http.json(kept.body()).get("status").asString()).isEqualTo("KEPT");
		assertThat(FollowUpTestData.patch(http, agent, "/api/v1/promises/" + id, "{\"status\":\"BROKEN\",\"note\":\"x\"}", null)
			.statusCode()).as("a settled promise stays settled").isEqualTo(409);

		JsonNode list = Http.json(http.get("/api/v1/tickets/" + ticket + "/promises", agent).body());
		assertThat(list.size()).isEqualTo(1);
		assertThat(FollowUpTestData.history(http, agent, ticket, "promise.made")).hasSize(1);
		assertThat(FollowUpTestData.history(http, agent, ticket, "promise.rescheduled")).hasSize(1);
		assertThat(FollowUpTestData.history(http, agent, ticket, "promise.kept")).hasSize(1);
		assertThat(jdbc.sql("select count(*) from outbound_message where kind = 'promise.reminder' and reference = :ref")
			.param("ref", "ticket:" + ticket)
			.query(Long.class)
			.single()).as("the customer is told what was promised, once").isEqualTo(1);
	}

	@Test
	void aBrokenPromiseNeedsANoteAndBadInputIsRefusedNamingTheField() {
		long ticket = DeskTestData.open(http, agent, "承诺送达", "").get("id").asLong();
		assertField(make(agent, ticket, "DELIVERY", "周五前送达", Instant.now().minus(1, ChronoUnit.HOURS), null), "dueAt");
		assertField(make(agent, ticket, "DELIVERY", " ", Instant.now().plus(1, ChronoUnit.DAYS), null), "what");
		assertField(make(agent, ticket, "DELIVERY", "周五前送达", Instant.now().plus(1, ChronoUnit.DAYS), 987654321L), "ownerId");
		assertThat(make(agent, ticket, "SOMETIME", "周五前送达", Instant.now().plus(1, ChronoUnit.DAYS), null).statusCode())
			.isEqualTo(400);

		long id = Http.json(make(agent, ticket, "DELIVERY", "周五前送达", Instant.now().plus(1, ChronoUnit.DAYS), null).body())
			.get("id").asLong();
		assertField(FollowUpTestData.patch(http, agent, "/api/v1/promises/" + id, "{\"status\":\"BROKEN\"}", null), "note");
		HttpResponse<String> broken = FollowUpTestData.patch(http, agent, "/api/v1/promises/" + id,
				"{\"status\":\"BROKEN\",\"note\":\"仓库延误\"}", null);
		assertThat(Http.json(broken.body()).get("status").asString()).isEqualTo("BROKEN");
		assertThat(Http.json(broken.body()).get("note").asString()).isEqualTo("仓库延误");
	}

	@Test
	void aPromisePastDueIsMarkedOverdueAndAlertedExactlyOnce() {
		long ticket = DeskTestData.open(http, agent, "承诺逾期", "").get("id").asLong();
		long id = Http.json(make(agent, ticket, "TIME", "两秒内答复", Instant.now().plusSeconds(2), null).body()).get("id").asLong();

		JsonNode overdue = FollowUpTestData.await(http, agent, "/api/v1/promises/" + id,
				promise -> "OVERDUE".equals(promise.get("status").asString()), Duration.ofSeconds(20));
		FollowUpTestData.pause(Duration.ofSeconds(3));

		assertThat(overdue.get("overdueAt").isNull()).isFalse();
		assertThat(FollowUpTestData.history(http, agent, ticket, "promise.overdue")).as("one alert after several scans")
			.hasSize(1);
		assertThat(FollowUpTestData.patch(http, agent, "/api/v1/promises/" + id,
				"{\"dueAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\",\"reason\":\"再等等\"}", null).statusCode())
			.as("an overdue promise is settled, not moved").isEqualTo(409);
	}

	@Test
	void closingATicketSettlesItsOpenPromises() {
		long ticket = DeskTestData.open(http, agent, "关闭结算承诺", "").get("id").asLong();
		long future = Http.json(make(agent, ticket, "QUALITY", "保修一年", Instant.now().plus(1, ChronoUnit.DAYS), null).body())
			.get("id").asLong();
		long late = Http.json(make(agent, ticket, "CALLBACK", "马上回电", Instant.now().plusSeconds(2), null).body())
			.get("id").asLong();
		FollowUpTestData.await(http, agent, "/api/v1/promises/" + late,
				promise -> "OVERDUE".equals(promise.get("status").asString()), Duration.ofSeconds(20));

		http.postJson("/api/v1/tickets/" + ticket + "/resolve", agent, "");
		assertThat(http.postJson("/api/v1/tickets/" + ticket + "/close", agent, "").statusCode()).isEqualTo(200);

		assertThat(Http.json(http.get("/api/v1/promises/" + future, agent).body()).get("status").asString()).isEqualTo("KEPT");
		assertThat(Http.json(http.get("/api/v1/promises/" + late, agent).body()).get("status").asString()).isEqualTo("BROKEN");
		assertThat(make(agent, ticket, "OTHER", "再承诺", Instant.now().plus(1, ChronoUnit.DAYS), null).statusCode())
			.as("no promise on a closed ticket").isEqualTo(409);
	}

	@Test
	void theKeptRateIsComputedPerAgentAndTeam() {
		StaffAccounts.Account owner = StaffAccounts.create(http, "promise-owner", "AGENT");
		long team = DeskTestData.team(http, StaffAccounts.unique("承诺组"), owner.id());
		long ticket = DeskTestData.open(http, agent, "承诺率", "\"teamId\":" + team).get("id").asLong();
		Instant due = Instant.now().plus(2, ChronoUnit.HOURS);
		for (String outcome : new String[] { "KEPT", "KEPT", "KEPT", "BROKEN", null }) {
			long id = Http.json(make(agent, ticket, "DELIVERY", "送达", due, owner.id()).body()).get("id").asLong();
			if (outcome != null) {
				HttpResponse<String> settled = FollowUpTestData.patch(http, agent, "/api/v1/promises/" + id,
						"{\"status\":\"" + outcome + "\",\"note\":\"结果\"}", null);
				assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
			}
		}
		String supervisor = DeskTestData.token(http, "supervisor");
		String period = "from=" + Instant.now().minus(1, ChronoUnit.HOURS) + "&to=" + Instant.now().plus(1, ChronoUnit.DAYS);

		JsonNode byAgent = Http.json(http.get("/api/v1/promises/kept-rate?groupBy=agent&" + period, supervisor).body());
		JsonNode byTeam = Http.json(http.get("/api/v1/promises/kept-rate?groupBy=team&" + period, supervisor).body());

		assertGroup(byAgent, owner.id(), 3, 1, "0.75");
		assertGroup(byTeam, team, 3, 1, "0.75");
		assertThat(http.get("/api/v1/promises/kept-rate?groupBy=agent", agent).statusCode()).isEqualTo(403);
		HttpResponse<String> bad = http.get("/api/v1/promises/kept-rate?groupBy=weekday", supervisor);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(Http.json(bad.body()).findValuesAsString("field")).contains("groupBy");
		JsonNode later = Http.json(http.get("/api/v1/promises/kept-rate?groupBy=agent&from=" + Instant.now().plus(3, ChronoUnit.DAYS),
				supervisor).body());
		assertThat(later.get("groups").findValuesAsString("id")).doesNotContain(Long.toString(owner.id()));
	}

	private static void assertGroup(JsonNode rates, long id, int kept, int broken, String rate) {
		JsonNode group = null;
		for (JsonNode candidate : rates.get("groups")) {
			if (candidate.get("id").asLong() == id) {
				group = candidate;
			}
		}
		assertThat(group).as(rates.toString()).isNotNull();
		assertThat(group.get("kept").asInt()).isEqualTo(kept);
		assertThat(group.get("broken").asInt()).isEqualTo(broken);
		assertThat(group.get("rate").decimalValue()).isEqualByComparingTo(rate);
	}

	private HttpResponse<String> make(String token, long ticket, String kind, String what, Instant due, Long owner) {
		return http.postJson("/api/v1/tickets/" + ticket + "/promises", token,
				"{\"kind\":\"%s\",\"what\":\"%s\",\"dueAt\":\"%s\"%s}".formatted(kind, what, due,
						owner == null ? "" : ",\"ownerId\":" + owner));
	}

	private static void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(Http.json(response.body()).findValuesAsString("field")).contains(field);
	}

}
