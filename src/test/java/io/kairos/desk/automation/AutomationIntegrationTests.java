package io.kairos.desk.automation;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.kairos.desk.DeskTestData;
import io.kairos.desk.PendingReminderDue;
import io.kairos.desk.automation.timed.Automations;
import io.kairos.shared.time.Timestamps;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static io.kairos.desk.automation.AutomationTestData.count;
import static io.kairos.desk.automation.AutomationTestData.created;
import static io.kairos.desk.automation.AutomationTestData.history;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time-based automations: the dry-run preview lists the tickets that match now and changes nothing; a run acts on
 * each ticket once per timestamp. Ticket times are moved back with SQL; each automation here also requires a
 * tag unique to the test, so it never touches another test's tickets.
 */
@KairosIntegrationTest
@RecordApplicationEvents
class AutomationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Automations automations;

	@Autowired
	ApplicationEvents events;

	Http http;

	String agent;

	String admin;

	String tag;

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = DeskTestData.token(http, "agent");
		admin = StaffAccounts.adminToken(http);
		tag = "a-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void thePreviewListsTheMatchingTicketsAndChangesNothing() {
		long old = resolvedDaysAgo(8);
		long recent = resolvedDaysAgo(2);
		String definition = closeAfterAWeek();
		long automation = created(http.postJson("/api/v1/automations", admin, definition));
		int historyBefore = history(http, agent, old).size();

		HttpResponse<String> saved = http.get("/api/v1/automations/" + automation + "/preview", admin);
		HttpResponse<String> unsaved = http.postJson("/api/v1/automations/preview", admin, definition);

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(ids(saved)).containsExactly(old);
		assertThat(ids(unsaved)).containsExactly(old);
		assertThat(ids(saved)).doesNotContain(recent);
		assertThat(ticket(old).get("status").asString()).isEqualTo("RESOLVED");
		assertThat(history(http, agent, old)).hasSize(historyBefore);
		assertThat(jdbc.sql("select count(*) from desk_automation_claim where automation_id = :id")
			.param("id", automation).query(Long.class).single()).isZero();
	}

	@Test
	void runningTheAutomationClosesATicketResolvedEightDaysAgoOnce() {
		long old = resolvedDaysAgo(8);
		long recent = resolvedDaysAgo(2);
		long automation = created(http.postJson("/api/v1/automations", admin, closeAfterAWeek()));

		int first = automations.run(automation);
		int second = automations.run(automation);

		assertThat(first).isEqualTo(1);
		assertThat(second).as("the same ticket and timestamp are never acted on twice").isZero();
		assertThat(ticket(old).get("status").asString()).isEqualTo("CLOSED");
		assertThat(ticket(recent).get("status").asString()).isEqualTo("RESOLVED");
		List<JsonNode> history = history(http, agent, old);
		assertThat(count(history, "automation.ran", automation)).isEqualTo(1);
		assertThat(history).anySatisfy(entry -> {
			assertThat(entry.get("action").asString()).isEqualTo("ticket.status");
			assertThat(entry.get("detail").asString()).contains("\"to\":\"CLOSED\"");
			assertThat(entry.get("actorId").isNull()).isTrue();
		});
		assertThat(http.get("/api/v1/automations/" + automation + "/preview", admin).body()).contains("\"count\":0");
	}

	@Test
	void aTicketPendingForFourDaysGetsOneReminderEventAndAHistoryEntry() {
		long pending = DeskTestData.open(http, agent, "等待客户回复", "\"tags\":[\"" + tag + "\"]").get("id").asLong();
		HttpResponse<String> moved = http.send(http.request("/api/v1/tickets/" + pending)
			.header("Authorization", "Bearer " + agent)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":\"PENDING_CUSTOMER\"}")));
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		shift(pending, "updated_at", 4);
		long automation = created(http.postJson("/api/v1/automations", admin, """
				{"name":"Remind %s","status":"PENDING_CUSTOMER","since":"UPDATED_AT","hours":72,
				 "conditions":[{"field":"TAG","operator":"IS","value":"%s"}],"actions":[{"kind":"SEND_REMINDER"}]}"""
			.formatted(tag, tag)));

		assertThat(automations.run(automation)).isEqualTo(1);
		assertThat(automations.run(automation)).isZero();

		assertThat(events.stream(PendingReminderDue.class).filter(event -> event.ticketId() == pending))
			.singleElement()
			.satisfies(event -> assertThat(event.automationId()).isEqualTo(automation));
		List<JsonNode> history = history(http, agent, pending);
		assertThat(history.stream().filter(entry -> entry.get("action").asString().equals("reminder.due"))).hasSize(1);
		assertThat(ticket(pending).get("status").asString()).isEqualTo("PENDING_CUSTOMER");
		assertThat(jdbc.sql("select count(*) from outbound_message where kind = 'ticket.pending-reminder' and reference = :ref")
			.param("ref", "ticket:" + pending)
			.query(Long.class)
			.single()).as("the reminder is queued for the customer").isEqualTo(1);
	}

	@Test
	void automationsAreForDeskAdminsAndBadDefinitionsAreRefusedNamingTheField() {
		assertThat(http.get("/api/v1/automations", agent).statusCode()).isEqualTo(403);
		assertRefused("{\"name\":\"x\",\"since\":\"UPDATED_AT\",\"hours\":1,\"actions\":[{\"kind\":\"ADD_TAG\",\"value\":\"x\"}]}",
				"status");
		assertRefused("{\"name\":\"x\",\"status\":\"OPEN\",\"since\":\"UPDATED_AT\",\"hours\":0,\"actions\":[{\"kind\":\"ADD_TAG\",\"value\":\"x\"}]}",
				"hours");
		assertRefused("{\"name\":\"x\",\"status\":\"CLOSED\",\"since\":\"UPDATED_AT\",\"hours\":2,\"actions\":[{\"kind\":\"ADD_TAG\",\"value\":\"x\"}]}",
				"status");
		assertRefused("{\"name\":\"x\",\"status\":\"OPEN\",\"since\":\"UPDATED_AT\",\"hours\":2,\"actions\":[{\"kind\":\"SET_STATUS\",\"value\":\"DONE\"}]}",
				"actions[0].value");
	}

	@Test
	void theTwoExamplesAreSeededAndActive() {
		List<JsonNode> seeded = Http.json(http.get("/api/v1/automations", admin).body()).valueStream().toList();

		assertThat(seeded).anySatisfy(a -> {
			assertThat(a.get("status").asString()).isEqualTo("PENDING_CUSTOMER");
			assertThat(a.get("hours").asInt()).isEqualTo(72);
			assertThat(a.get("active").asBoolean()).isTrue();
			assertThat(a.get("actions").toString()).contains("SEND_REMINDER");
		});
		assertThat(seeded).anySatisfy(a -> {
			assertThat(a.get("status").asString()).isEqualTo("RESOLVED");
			assertThat(a.get("since").asString()).isEqualTo("RESOLVED_AT");
			assertThat(a.get("hours").asInt()).isEqualTo(168);
			assertThat(a.get("active").asBoolean()).isTrue();
		});
	}

	private String closeAfterAWeek() {
		return """
				{"name":"Close %s","status":"RESOLVED","since":"RESOLVED_AT","hours":168,
				 "conditions":[{"field":"TAG","operator":"IS","value":"%s"}],
				 "actions":[{"kind":"ADD_NOTE","value":"Closed a week after resolution."},{"kind":"SET_STATUS","value":"CLOSED"}]}"""
			.formatted(tag, tag);
	}

	private long resolvedDaysAgo(int days) {
		long id = DeskTestData.open(http, agent, "已解决的问题", "\"tags\":[\"" + tag + "\"]").get("id").asLong();
		HttpResponse<String> resolved = http.postJson("/api/v1/tickets/" + id + "/resolve", agent, "");
		assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
		shift(id, "resolved_at", days);
		return id;
	}

	private void shift(long ticketId, String column, int days) {
		jdbc.sql("update ticket set " + column + " = :at where id = :id")
			.param("at", Timestamps.utc(Instant.now().minus(Duration.ofDays(days))))
			.param("id", ticketId)
			.update();
	}

	private void assertRefused(String json, String field) {
		HttpResponse<String> response = http.postJson("/api/v1/automations", admin, json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(Http.json(response.body()).findValuesAsString("field")).as(response.body()).contains(field);
	}

	private static List<Long> ids(HttpResponse<String> preview) {
		return Http.json(preview.body()).get("tickets").valueStream().map(t -> t.get("ticketId").asLong()).toList();
	}

	private JsonNode ticket(long id) {
		return Http.json(http.get("/api/v1/tickets/" + id, agent).body());
	}

}
