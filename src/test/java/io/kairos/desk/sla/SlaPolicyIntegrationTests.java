package io.kairos.desk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.desk.DeskTestData;
import io.kairos.shared.time.Timestamps;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

/** SLA policies over the API, and the due times they give tickets: on creation, across a pause, when met. */
@KairosIntegrationTest
class SlaPolicyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String admin;

	String agent;

	@BeforeEach
	void client() {
		http = new Http(port);
		admin = StaffAccounts.adminToken(http);
		agent = DeskTestData.token(http, "agent");
	}

	@Test
	void theSeededPoliciesAreListedInOrderWithACatchAllLast() {
		JsonNode list = Http.json(http.get("/api/v1/sla-policies", agent).body());
		List<String> names = list.get("items").findValuesAsString("nameEn");
		assertThat(names).containsSubsequence("Diamond complaints", "Gold complaints", "Standard service");
		assertThat(list.get("defaultWarningShare").asDouble()).isEqualTo(0.75);
	}

	@Test
	void onlyAdministratorsWriteAndBadInputIsRefusedNamingTheField() {
		String valid = "{\"nameEn\":\"x\",\"nameZh\":\"x\",\"resolutionMinutes\":60}";
		assertThat(http.postJson("/api/v1/sla-policies", agent, valid).statusCode()).isEqualTo(403);

		assertRefused("{\"nameZh\":\"名\",\"resolutionMinutes\":60}", "nameEn");
		assertRefused("{\"nameEn\":\"n\",\"nameZh\":\"名\"}", "firstResponseMinutes");
		assertRefused("{\"nameEn\":\"n\",\"nameZh\":\"名\",\"resolutionMinutes\":0}", "resolutionMinutes");
		assertRefused("{\"nameEn\":\"n\",\"nameZh\":\"名\",\"resolutionMinutes\":60,\"warningShare\":1.5}",
				"warningShare");
		assertRefused("{\"nameEn\":\"n\",\"nameZh\":\"名\",\"resolutionMinutes\":60,\"calendarId\":987654}",
				"calendarId");
		assertRefused("{\"nameEn\":\"n\",\"nameZh\":\"名\",\"resolutionMinutes\":60,\"customerTier\":\"gold'--\"}",
				"customerTier");
		HttpResponse<String> order = SlaTestPolicies.put(http, "/api/v1/sla-policies/order", admin, "{\"ids\":[1]}",
				null);
		assertThat(order.statusCode()).isEqualTo(400);
		assertThat(order.body()).contains("ids");
	}

	@Test
	void aPolicyIsChangedWithTheCurrentVersionOnly() {
		HttpResponse<String> created = http.postJson("/api/v1/sla-policies", admin,
				"{\"nameEn\":\"Repairs by SMS\",\"nameZh\":\"短信报修\",\"type\":\"REPAIR\",\"channel\":\"SMS\","
						+ "\"resolutionMinutes\":960,\"breachActions\":[\"NOTIFY\",\"ESCALATE\"]}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode policy = Http.json(created.body());
		String path = "/api/v1/sla-policies/" + policy.get("id").asLong();
		assertThat(policy.get("breachActions").toString()).contains("NOTIFY", "ESCALATE");
		String etag = created.headers().firstValue("ETag").orElseThrow();

		String change = "{\"nameEn\":\"Repairs by SMS\",\"nameZh\":\"短信报修\",\"type\":\"REPAIR\",\"channel\":\"SMS\","
				+ "\"resolutionMinutes\":480,\"warningShare\":0.5}";
		HttpResponse<String> changed = SlaTestPolicies.put(http, path, admin, change, etag);
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(Http.json(changed.body()).get("resolutionMinutes").asInt()).isEqualTo(480);
		assertThat(Http.json(changed.body()).get("warningShare").asDouble()).isEqualTo(0.5);

		HttpResponse<String> stale = SlaTestPolicies.put(http, path, admin, change.replace("480", "240"), etag);
		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(Http.json(http.get(path, admin).body()).get("resolutionMinutes").asInt()).isEqualTo(480);
	}

	@Test
	void aMatchedTicketGetsDueTimesAtCreationAndAPauseOnPendingPushesResolution() {
		long calendar = SlaTestPolicies.alwaysCalendar(http);
		JsonNode policy = SlaTestPolicies.firstPolicy(http, """
				{"nameEn":"Social suggestions","nameZh":"社交媒体建议","type":"SUGGESTION","channel":"SOCIAL",
				 "firstResponseMinutes":30,"nextResponseMinutes":45,"resolutionMinutes":600,"calendarId":%d,
				 "breachActions":["NOTIFY"]}""".formatted(calendar));

		JsonNode ticket = DeskTestData.open(http, agent, "SLA 计时", "\"type\":\"SUGGESTION\",\"channel\":\"SOCIAL\"");
		long id = ticket.get("id").asLong();
		Instant created = Instant.parse(ticket.get("createdAt").asString());
		JsonNode sla = ticket.get("sla");
		assertThat(sla.get("policyId").asLong()).isEqualTo(policy.get("id").asLong());
		assertThat(Instant.parse(sla.get("firstResponseDue").asString()))
			.isCloseTo(created.plus(Duration.ofMinutes(30)), within(1, ChronoUnit.SECONDS));
		assertThat(Instant.parse(sla.get("resolutionDue").asString()))
			.isCloseTo(created.plus(Duration.ofMinutes(600)), within(1, ChronoUnit.SECONDS));
		assertThat(sla.get("nextResponseDue").isNull()).isTrue();

		HttpResponse<String> pending = SlaTestPolicies.patch(http, "/api/v1/tickets/" + id, agent,
				"{\"status\":\"PENDING_CUSTOMER\"}");
		assertThat(pending.statusCode()).as(pending.body()).isEqualTo(200);
		JsonNode paused = Http.json(pending.body()).get("sla");
		assertThat(paused.get("resolutionDue").isNull()).as("no due time while paused").isTrue();
		assertThat(paused.get("pausedAt").isNull()).isFalse();
		assertThat(paused.get("firstResponseDue").isNull()).as("first response does not pause").isFalse();

		// Back-date the ticket by three hours and the pause by two, as if it had waited two hours for the customer.
		Instant pausedAt = Instant.parse(paused.get("pausedAt").asString());
		jdbc.sql("update ticket set created_at = :created, sla_paused_at = :paused where id = :id")
			.param("created", Timestamps.utc(created.minus(Duration.ofHours(3))))
			.param("paused", Timestamps.utc(pausedAt.minus(Duration.ofHours(2))))
			.param("id", id)
			.update();
		jdbc.sql("update ticket_history set at = :at where ticket_id = :id and action = 'ticket.status'")
			.param("at", Timestamps.utc(pausedAt.minus(Duration.ofHours(2))))
			.param("id", id)
			.update();

		HttpResponse<String> resumed = SlaTestPolicies.patch(http, "/api/v1/tickets/" + id, agent,
				"{\"status\":\"OPEN\"}");
		assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
		JsonNode running = Http.json(resumed.body());
		Instant resumedAt = Instant.parse(running.get("updatedAt").asString());
		Duration pause = Duration.between(pausedAt.minus(Duration.ofHours(2)), resumedAt);
		assertThat(running.get("sla").get("pausedAt").isNull()).isTrue();
		assertThat(Instant.parse(running.get("sla").get("resolutionDue").asString()))
			.as("due 600 minutes after the back-dated creation, plus the two hours paused")
			.isCloseTo(created.minus(Duration.ofHours(3)).plus(Duration.ofMinutes(600)).plus(pause),
					within(1, ChronoUnit.SECONDS));
		assertThat(pause).isGreaterThan(Duration.ofMinutes(119));

		// The first reply meets first response, late (it was due 2.5 hours ago): recorded as breached.
		assertThat(http.postJson("/api/v1/tickets/" + id + "/messages", agent, "{\"body\":\"您好\"}").statusCode())
			.isEqualTo(201);
		JsonNode answered = Http.json(http.get("/api/v1/tickets/" + id, agent).body());
		assertThat(answered.get("sla").get("firstResponseDue").isNull()).isTrue();
		assertThat(outcomes(id)).containsExactly("FIRST_RESPONSE:met:breached");

		// A customer message starts next response; the reply meets it in time.
		http.postJson("/api/v1/tickets/" + id + "/messages", agent, "{\"body\":\"还有问题\",\"author\":\"CUSTOMER\"}");
		JsonNode waiting = Http.json(http.get("/api/v1/tickets/" + id, agent).body());
		assertThat(waiting.get("sla").get("nextResponseDue").isNull()).isFalse();
		http.postJson("/api/v1/tickets/" + id + "/messages", agent, "{\"body\":\"已处理\"}");
		assertThat(Http.json(http.get("/api/v1/tickets/" + id, agent).body()).get("sla").get("nextResponseDue").isNull())
			.isTrue();

		JsonNode resolved = Http.json(http.postJson("/api/v1/tickets/" + id + "/resolve", agent, "").body());
		assertThat(resolved.get("sla").get("resolutionDue").isNull()).as("kept for reporting").isFalse();
		assertThat(outcomes(id)).containsExactly("FIRST_RESPONSE:met:breached", "NEXT_RESPONSE:met:in-time",
				"RESOLUTION:met:in-time");
	}

	private List<String> outcomes(long ticketId) {
		return jdbc.sql("select target, met_at, breached from ticket_sla_outcome where ticket_id = :id order by target")
			.param("id", ticketId)
			.query((rs, n) -> rs.getString("target") + ":" + (rs.getTimestamp("met_at") == null ? "missed" : "met")
					+ ":" + (rs.getBoolean("breached") ? "breached" : "in-time"))
			.list();
	}

	private void assertRefused(String body, String field) {
		HttpResponse<String> response = http.postJson("/api/v1/sla-policies", admin, body);
		assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
		assertThat(response.body()).as(body).contains("\"" + field + "\"").doesNotContain("Exception");
	}

}
