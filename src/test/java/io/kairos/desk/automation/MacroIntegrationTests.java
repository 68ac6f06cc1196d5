package io.kairos.desk.automation;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Macros over the API: writing them (who may share), previewing and applying them to a ticket. */
@KairosIntegrationTest
class MacroIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	String agent;

	String admin;

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = DeskTestData.token(http, "agent");
		admin = StaffAccounts.adminToken(http);
	}

	@Test
	void applyingAMacroRepliesWithTheCustomersNameAndTheTicketNumberAndSetsTheStatus() {
		JsonNode ticket = DeskTestData.open(http, agent, "宽带断线", "");
		long macro = created(http.postJson("/api/v1/macros", agent, """
				{"name":"My resolved note","bodyZh":"{{customer.name}}您好，工单{{ticket.number}}已解决。——{{agent.name}}",
				 "bodyEn":"Hello {{customer.name}}, {{ticket.number}} is resolved.","setStatus":"RESOLVED",
				 "setPriority":"LOW","addTags":["macro-done"]}"""));

		HttpResponse<String> applied = http.postJson(
				"/api/v1/tickets/" + ticket.get("id").asLong() + "/macros/" + macro + "/apply?locale=zh-CN", agent, "");

		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
		JsonNode body = Http.json(applied.body());
		String number = ticket.get("number").asString();
		assertThat(body.get("message").get("body").asString()).startsWith("测试客户您好，工单" + number + "已解决。——")
			.doesNotContain("{{");
		assertThat(body.get("message").get("visibility").asString()).isEqualTo("PUBLIC");
		JsonNode after = Http.json(http.get("/api/v1/tickets/" + ticket.get("id").asLong(), agent).body());
		assertThat(after.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(after.get("priority").asString()).isEqualTo("LOW");
		assertThat(after.get("tags").toString()).contains("macro-done");
		List<String> actions = Http.json(http.get("/api/v1/tickets/" + ticket.get("id").asLong() + "/history", agent).body())
			.valueStream().map(entry -> entry.get("action").asString()).toList();
		assertThat(actions).contains("ticket.message", "ticket.changed", "ticket.status", "macro.applied");
	}

	@Test
	void aPlaceholderValueIsPlainTextInTheReplyAndThePreviewChangesNothing() {
		JsonNode ticket = DeskTestData.open(http, agent, "<script>alert(1)</script>", "");
		long id = ticket.get("id").asLong();
		long macro = created(http.postJson("/api/v1/macros", agent, """
				{"name":"Echo subject","bodyEn":"About {{ticket.subject}} ({{ticket.number}})"}"""));

		HttpResponse<String> preview = http.get("/api/v1/tickets/" + id + "/macros/" + macro + "/preview?locale=en", agent);

		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		assertThat(Http.json(preview.body()).get("text").asString())
			.isEqualTo("About <script>alert(1)</script> (" + ticket.get("number").asString() + ")");
		assertThat(Http.json(http.get("/api/v1/tickets/" + id + "/messages", agent).body()).size())
			.as("a preview posts nothing").isZero();

		HttpResponse<String> applied = http.postJson("/api/v1/tickets/" + id + "/macros/" + macro + "/apply?locale=en",
				agent, "");

		assertThat(Http.json(applied.body()).get("message").get("body").asString())
			.isEqualTo("About <script>alert(1)</script> (" + ticket.get("number").asString() + ")");
		assertThat(applied.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
	}

	@Test
	void onlyDeskAdminsShareMacrosAndPersonalMacrosStayWithTheirOwner() {
		HttpResponse<String> shared = http.postJson("/api/v1/macros", agent,
				"{\"name\":\"Shared\",\"bodyEn\":\"Hi\",\"shared\":true}");
		assertThat(shared.statusCode()).isEqualTo(403);

		long adminShared = created(http.postJson("/api/v1/macros", admin,
				"{\"name\":\"Shared by admin zq\",\"bodyEn\":\"Hi {{customer.name}}\",\"shared\":true}"));
		long personal = created(http.postJson("/api/v1/macros", agent,
				"{\"name\":\"Agent personal zq\",\"bodyZh\":\"您好\"}"));
		String other = DeskTestData.token(http, StaffAccounts.create(http, "macro-agent", "AGENT").username());

		List<String> seenByOther = names(http.get("/api/v1/macros?q=zq", other));
		List<String> seenByAgent = names(http.get("/api/v1/macros?q=ZQ", agent));

		assertThat(seenByOther).contains("Shared by admin zq").doesNotContain("Agent personal zq");
		assertThat(seenByAgent).contains("Shared by admin zq", "Agent personal zq");
		assertThat(http.get("/api/v1/macros/" + personal, other).statusCode()).isEqualTo(404);
		assertThat(http.send(http.request("/api/v1/macros/" + adminShared)
			.header("Authorization", "Bearer " + agent)
			.DELETE()).statusCode()).as("agents do not delete shared macros").isEqualTo(403);
		assertThat(http.send(http.request("/api/v1/macros/" + personal)
			.header("Authorization", "Bearer " + agent)
			.DELETE()).statusCode()).isEqualTo(204);
	}

	@Test
	void badMacrosAreRefusedNamingTheField() {
		assertRefused("{\"bodyEn\":\"x\"}", "name");
		assertRefused("{\"name\":\"No text\"}", "bodyZh");
		assertRefused("{\"name\":\"Unknown\",\"bodyEn\":\"Your order {{order.id}}\"}", "bodyEn");
		assertRefused("{\"name\":\"Bad status\",\"bodyEn\":\"x\",\"setStatus\":\"SOMEDAY\"}", "setStatus");
		assertRefused("{\"name\":\"Long tag\",\"bodyEn\":\"x\",\"addTags\":[\"" + "t".repeat(33) + "\"]}", "addTags[0]");
	}

	@Test
	void putChangesAMacroAndHonoursIfMatch() {
		long macro = created(http.postJson("/api/v1/macros", agent, "{\"name\":\"Draft\",\"bodyEn\":\"v1\"}"));

		HttpResponse<String> stale = http.send(http.request("/api/v1/macros/" + macro)
			.header("Authorization", "Bearer " + agent)
			.header("Content-Type", "application/json")
			.header("If-Match", "\"7\"")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Draft\",\"bodyEn\":\"v2\"}")));
		HttpResponse<String> fresh = http.send(http.request("/api/v1/macros/" + macro)
			.header("Authorization", "Bearer " + agent)
			.header("Content-Type", "application/json")
			.header("If-Match", "\"0\"")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Draft\",\"bodyEn\":\"v2\"}")));

		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(200);
		assertThat(Http.json(fresh.body()).get("bodyEn").asString()).isEqualTo("v2");
	}

	@Test
	void theSeededMacrosSpeakBothLanguages() {
		List<JsonNode> seeded = Http.json(http.get("/api/v1/macros?q=Acknowledge", agent).body()).valueStream().toList();

		assertThat(seeded).isNotEmpty();
		assertThat(seeded.get(0).get("shared").asBoolean()).isTrue();
		assertThat(seeded.get(0).get("bodyZh").asString()).contains("{{customer.name}}", "{{ticket.number}}");
		assertThat(seeded.get(0).get("bodyEn").asString()).contains("{{agent.name}}");
	}

	private void assertRefused(String json, String field) {
		HttpResponse<String> response = http.postJson("/api/v1/macros", agent, json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(Http.json(response.body()).findValuesAsString("field")).as(response.body()).contains(field);
		assertThat(response.body()).doesNotContain("Exception");
	}

	private static List<String> names(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response.body()).valueStream().map(macro -> macro.get("name").asString()).toList();
	}

	private static long created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Http.json(response.body()).get("id").asLong();
	}

}
