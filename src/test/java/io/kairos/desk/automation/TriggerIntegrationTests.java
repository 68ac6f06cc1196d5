package io.kairos.desk.automation;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static io.kairos.desk.automation.AutomationTestData.count;
import static io.kairos.desk.automation.AutomationTestData.created;
import static io.kairos.desk.automation.AutomationTestData.eventually;
import static io.kairos.desk.automation.AutomationTestData.history;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Triggers: conditions on a new or changed ticket lead to actions, recorded in the ticket's history; two triggers
 * that undo each other stop after one round each. Every trigger here also requires a tag unique to the test, so
 * it never touches another test's tickets.
 */
@KairosIntegrationTest
class TriggerIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	String agent;

	String admin;

	String tag;

	final List<Long> triggers = new java.util.ArrayList<>();

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = DeskTestData.token(http, "agent");
		admin = StaffAccounts.adminToken(http);
		tag = "t-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@AfterEach
	void removeTriggers() {
		triggers.forEach(id -> http.send(http.request("/api/v1/triggers/" + id)
			.header("Authorization", "Bearer " + admin)
			.DELETE()));
	}

	@Test
	void aTriggerOnCreateRaisesThePriorityAddsATagAndANote() {
		trigger("""
				{"name":"Refund complaints","firesOn":"CREATE","match":"ALL","conditions":[
				 {"field":"TAG","operator":"IS","value":"%s"},{"field":"TYPE","operator":"IS","value":"COMPLAINT"},
				 {"field":"SUBJECT","operator":"CONTAINS","value":"退款"}],
				 "actions":[{"kind":"SET_PRIORITY","value":"URGENT"},{"kind":"ADD_TAG","value":"refund"},
				 {"kind":"ADD_NOTE","value":"Refund complaint: call back within the hour."}]}""".formatted(tag));

		long matching = DeskTestData.open(http, agent, "要求退款", "\"type\":\"COMPLAINT\",\"tags\":[\"" + tag + "\"]")
			.get("id").asLong();
		long other = DeskTestData.open(http, agent, "咨询套餐", "\"type\":\"COMPLAINT\",\"tags\":[\"" + tag + "\"]")
			.get("id").asLong();

		eventually(() -> ticket(matching).get("priority").asString().equals("URGENT"), "priority raised");
		JsonNode raised = ticket(matching);
		assertThat(raised.get("tags").toString()).contains("refund", tag);
		JsonNode messages = Http.json(http.get("/api/v1/tickets/" + matching + "/messages", agent).body());
		assertThat(messages.valueStream().map(m -> m.get("body").asString() + "/" + m.get("visibility").asString()))
			.containsExactly("Refund complaint: call back within the hour./INTERNAL");
		assertThat(count(history(http, agent, matching), "trigger.fired", triggers.get(0))).isEqualTo(1);
		assertThat(history(http, agent, matching)).anySatisfy(entry -> {
			assertThat(entry.get("action").asString()).isEqualTo("ticket.changed");
			assertThat(entry.get("actorId").isNull()).as("the trigger acts as Kairos").isTrue();
		});
		assertThat(ticket(other).get("priority").asString()).as("the subject does not match").isEqualTo("NORMAL");
	}

	@Test
	void aTriggerOnUpdateFiresWhenAChangeMakesItsConditionsTrue() {
		long teamId = DeskTestData.team(http, "Trigger team " + tag);
		trigger("""
				{"name":"Urgent goes to the team","firesOn":"UPDATE","match":"ALL","conditions":[
				 {"field":"TAG","operator":"IS","value":"%s"},{"field":"PRIORITY","operator":"IS","value":"URGENT"}],
				 "actions":[{"kind":"ASSIGN_TEAM","value":"%d"}]}""".formatted(tag, teamId));
		long id = DeskTestData.open(http, agent, "普通问题", "\"tags\":[\"" + tag + "\"],\"priority\":\"URGENT\"")
			.get("id").asLong();
		assertThat(ticket(id).get("teamId").isNull()).as("an UPDATE trigger ignores creation").isTrue();

		HttpResponse<String> patched = http.send(http.request("/api/v1/tickets/" + id)
			.header("Authorization", "Bearer " + agent)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"subject\":\"普通问题（补充）\"}")));
		assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);

		eventually(() -> !ticket(id).get("teamId").isNull(), "team assigned");
		assertThat(ticket(id).get("teamId").asLong()).isEqualTo(teamId);
	}

	// Loop protection: each trigger fires once per chain of changes, so a ping-pong stops after one round each.
	@Test
	void twoTriggersThatUndoEachOtherStopAfterOneRoundEach() {
		long toLow = trigger("""
				{"name":"Ping","firesOn":"CREATE_OR_UPDATE","match":"ALL","conditions":[
				 {"field":"TAG","operator":"IS","value":"%s"},{"field":"PRIORITY","operator":"IS","value":"HIGH"}],
				 "actions":[{"kind":"SET_PRIORITY","value":"LOW"}],"position":1}""".formatted(tag));
		long toHigh = trigger("""
				{"name":"Pong","firesOn":"CREATE_OR_UPDATE","match":"ALL","conditions":[
				 {"field":"TAG","operator":"IS","value":"%s"},{"field":"PRIORITY","operator":"IS","value":"LOW"}],
				 "actions":[{"kind":"SET_PRIORITY","value":"HIGH"}],"position":2}""".formatted(tag));

		long id = DeskTestData.open(http, agent, "来回切换", "\"tags\":[\"" + tag + "\"],\"priority\":\"HIGH\"")
			.get("id").asLong();

		eventually(() -> count(history(http, agent, id), "trigger.fired", toHigh) == 1, "the second trigger fired");
		sleep(1_500);
		List<JsonNode> history = history(http, agent, id);
		assertThat(count(history, "trigger.fired", toLow)).isEqualTo(1);
		assertThat(count(history, "trigger.fired", toHigh)).isEqualTo(1);
		assertThat(ticket(id).get("priority").asString()).isEqualTo("HIGH");

		// A person's next change starts a new chain: each trigger may fire once more, and again it stops.
		HttpResponse<String> patched = http.send(http.request("/api/v1/tickets/" + id)
			.header("Authorization", "Bearer " + agent)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"subject\":\"来回切换（再次）\"}")));
		assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
		eventually(() -> count(history(http, agent, id), "trigger.fired", toHigh) == 2, "the second chain ran");
		sleep(1_500);
		assertThat(count(history(http, agent, id), "trigger.fired", toLow)).isEqualTo(2);
		assertThat(count(history(http, agent, id), "trigger.fired", toHigh)).isEqualTo(2);
	}

	@Test
	void triggersAreForDeskAdminsAndBadDefinitionsAreRefusedNamingTheField() {
		assertThat(http.get("/api/v1/triggers", agent).statusCode()).isEqualTo(403);
		assertRefused("{\"firesOn\":\"CREATE\",\"actions\":[{\"kind\":\"ADD_TAG\",\"value\":\"x\"}]}", "name");
		assertRefused("{\"name\":\"x\",\"firesOn\":\"CREATE\",\"actions\":[]}", "actions");
		assertRefused("{\"name\":\"x\",\"firesOn\":\"CREATE\",\"conditions\":[{\"field\":\"PRIORITY\",\"operator\":\"IS\",\"value\":\"SOON\"}],"
				+ "\"actions\":[{\"kind\":\"ADD_TAG\",\"value\":\"x\"}]}", "conditions[0].value");
		assertRefused("{\"name\":\"x\",\"firesOn\":\"CREATE\",\"conditions\":[{\"field\":\"TAG\",\"operator\":\"CONTAINS\",\"value\":\"a\"}],"
				+ "\"actions\":[{\"kind\":\"ADD_TAG\",\"value\":\"x\"}]}", "conditions[0].operator");
		assertRefused("{\"name\":\"x\",\"firesOn\":\"CREATE\",\"actions\":[{\"kind\":\"ASSIGN_TEAM\",\"value\":\"987654\"}]}",
				"actions[0].value");
		assertRefused("{\"name\":\"x\",\"firesOn\":\"CREATE\",\"actions\":[{\"kind\":\"SEND_REMINDER\"}]}", "actions[0].kind");
	}

	private void assertRefused(String json, String field) {
		HttpResponse<String> response = http.postJson("/api/v1/triggers", admin, json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(Http.json(response.body()).findValuesAsString("field")).as(response.body()).contains(field);
	}

	private long trigger(String json) {
		long id = created(http.postJson("/api/v1/triggers", admin, json));
		triggers.add(id);
		return id;
	}

	private JsonNode ticket(long id) {
		return Http.json(http.get("/api/v1/tickets/" + id, agent).body());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
