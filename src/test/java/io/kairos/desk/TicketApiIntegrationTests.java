package io.kairos.desk;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Tickets over the API: creation, validation, the status rules, idempotent creates (L-02) and If-Match (L-03). */
@KairosIntegrationTest
class TicketApiIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	String agent;

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = DeskTestData.token(http, "agent");
	}

	@Test
	void aTicketForANewRequesterGetsANumberTheFirstStepAndAMaskedCustomer() {
		String mobile = DeskTestData.freshMobile();
		HttpResponse<String> response = http.postJson("/api/v1/tickets", agent, """
				{"customer":{"name":"王小明","phone":"%s","email":"wang.xm@example.com"},"channel":"HOTLINE",
				 "type":"REPAIR","category":"device.fault","priority":"HIGH","subject":"宽带无法连接",
				 "description":"客户反映家中宽带从昨晚起无法连接。","tags":["宽带","夜间"]}""".formatted(mobile));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).startsWith("/api/v1/tickets/"));
		JsonNode ticket = Http.json(response.body());
		assertThat(ticket.get("number").asString()).matches("T\\d{8}\\d{5,}");
		assertThat(ticket.get("status").asString()).isEqualTo("NEW");
		assertThat(ticket.get("step").get("number").asInt()).isEqualTo(1);
		assertThat(ticket.get("step").get("code").asString()).isEqualTo("RECEPTION");
		assertThat(ticket.get("channel").asString()).isEqualTo("HOTLINE");
		assertThat(ticket.get("category").asString()).isEqualTo("device.fault");
		assertThat(ticket.get("customer").get("name").asString()).isEqualTo("王小明");
		assertThat(ticket.get("customer").get("maskedMobile").asString()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
		assertThat(response.body()).doesNotContain(mobile);
		assertThat(ticket.get("contactCount").asInt()).isEqualTo(1);

		// The same phone again finds the same customer instead of registering a second one.
		HttpResponse<String> again = http.postJson("/api/v1/tickets", agent, """
				{"customer":{"name":"王小明","phone":"+86 %s"},"subject":"再次来电","description":"仍然无法连接"}"""
			.formatted(mobile.substring(0, 3) + " " + mobile.substring(3)));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
		assertThat(Http.json(again.body()).get("customer").get("id").asLong()).isEqualTo(ticket.get("customer").get("id").asLong());
		assertThat(Http.json(again.body()).get("channel").asString()).isEqualTo("API");
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
		String subject = "无效请求-" + DeskTestData.freshMobile();
		assertRefused("{\"customerId\":999999999,\"subject\":\"" + subject + "\",\"description\":\"x\"}", "customerId");
		assertRefused("{\"customer\":{\"name\":\"某人\",\"phone\":\"12345\"},\"subject\":\"" + subject + "\",\"description\":\"x\"}",
				"customer.phone");
		assertRefused("{\"customer\":{\"name\":\"某人\",\"phone\":\"" + DeskTestData.freshMobile()
				+ "\"},\"subject\":\"\",\"description\":\"x\"}", "subject");
		assertRefused("{\"customer\":{\"name\":\"某人\",\"phone\":\"" + DeskTestData.freshMobile()
				+ "\"},\"subject\":\"" + subject + "\",\"description\":\"x\",\"category\":\"no-such\"}", "category");
		assertRefused("{\"customer\":{\"name\":\"某人\",\"phone\":\"" + DeskTestData.freshMobile()
				+ "\"},\"subject\":\"" + subject + "\",\"description\":\"x\",\"priority\":\"SOMETIME\"}", "priority");
		assertRefused("{\"subject\":\"" + subject + "\",\"description\":\"x\"}", "customerId");
		assertRefused("{\"customer\":{\"name\":\"某人\",\"phone\":\"" + DeskTestData.freshMobile()
				+ "\"},\"subject\":\"" + subject + "\",\"description\":\"x\",\"teamId\":987654}", "teamId");

		JsonNode found = Http.json(http.get("/api/v1/tickets?q=" + subject.substring(subject.indexOf('-') + 1), agent).body());
		assertThat(found.get("items").size()).as("no refused ticket was stored").isZero();
	}

	private void assertRefused(String body, String field) {
		HttpResponse<String> response = http.postJson("/api/v1/tickets", agent, body);
		assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
		JsonNode problem = Http.json(response.body());
		List<String> fields = new ArrayList<>(problem.findValuesAsString("field"));
		assertThat(fields).as(response.body()).contains(field);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("select ");
	}

	@Test
	void twentyConcurrentCreatesWithOneIdempotencyKeyMakeOneTicket() throws Exception {
		String mobile = DeskTestData.freshMobile();
		String body = """
				{"customer":{"name":"重试客户","phone":"%s"},"subject":"重复提交","description":"同一请求发送二十次"}"""
			.formatted(mobile);
		String key = "ticket-" + mobile;
		List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			calls.add(() -> new Http(port).postJson("/api/v1/tickets", agent, body, "Idempotency-Key", key));
		}
		List<HttpResponse<String>> responses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			for (Future<HttpResponse<String>> future : pool.invokeAll(calls)) {
				responses.add(future.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isIn(201, 409));
		List<Long> ids = responses.stream()
			.filter(response -> response.statusCode() == 201)
			.map(response -> Http.json(response.body()).get("id").asLong())
			.distinct()
			.toList();
		assertThat(ids).hasSize(1);

		long customer = Http.json(http.get("/api/v1/tickets/" + ids.get(0), agent).body()).get("customer").get("id").asLong();
		JsonNode tickets = Http.json(http.get("/api/v1/tickets?customerId=" + customer, agent).body());
		assertThat(tickets.get("items").size()).as("one ticket for the customer").isEqualTo(1);
	}

	@Test
	void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
		JsonNode ticket = DeskTestData.open(http, agent, "并发修改", "\"priority\":\"NORMAL\"");
		long id = ticket.get("id").asLong();
		String etag = "\"" + ticket.get("version").asLong() + "\"";

		HttpResponse<String> first = patch(id, "{\"priority\":\"HIGH\"}", etag);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		HttpResponse<String> stale = patch(id, "{\"priority\":\"LOW\",\"subject\":\"覆盖\"}", etag);

		assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
		JsonNode now = Http.json(http.get("/api/v1/tickets/" + id, agent).body());
		assertThat(now.get("priority").asString()).isEqualTo("HIGH");
		assertThat(now.get("subject").asString()).isEqualTo("并发修改");
	}

	@Test
	void statusesFollowTheRulesAndResolutionRecordsFirstContactResolution() {
		long id = DeskTestData.open(http, agent, "状态流转", "").get("id").asLong();

		HttpResponse<String> resolved = http.postJson("/api/v1/tickets/" + id + "/resolve", agent, "");
		assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
		assertThat(Http.json(resolved.body()).get("status").asString()).isEqualTo("RESOLVED");
		assertThat(Http.json(resolved.body()).get("firstContactResolution").asBoolean()).isTrue();

		HttpResponse<String> reopened = http.postJson("/api/v1/tickets/" + id + "/reopen", agent, "");
		assertThat(Http.json(reopened.body()).get("status").asString()).isEqualTo("OPEN");
		assertThat(Http.json(reopened.body()).get("resolvedAt").isNull()).isTrue();

		HttpResponse<String> reopenAgain = http.postJson("/api/v1/tickets/" + id + "/reopen", agent, "");
		assertThat(reopenAgain.statusCode()).isEqualTo(409);
		HttpResponse<String> closeOpen = http.postJson("/api/v1/tickets/" + id + "/close", agent, "");
		assertThat(closeOpen.statusCode()).as("open → closed is not a move").isEqualTo(409);

		// The customer writes again: a second contact, so resolving now is not a first-contact resolution.
		HttpResponse<String> customerMessage = http.postJson("/api/v1/tickets/" + id + "/messages", agent,
				"{\"body\":\"还是不行\",\"author\":\"CUSTOMER\"}");
		assertThat(customerMessage.statusCode()).as(customerMessage.body()).isEqualTo(201);
		JsonNode second = Http.json(http.postJson("/api/v1/tickets/" + id + "/resolve", agent, "").body());
		assertThat(second.get("contactCount").asInt()).isEqualTo(2);
		assertThat(second.get("firstContactResolution").asBoolean()).isFalse();

		assertThat(http.postJson("/api/v1/tickets/" + id + "/close", agent, "").statusCode()).isEqualTo(200);
		HttpResponse<String> afterClose = patch(id, "{\"priority\":\"HIGH\"}", null);
		assertThat(afterClose.statusCode()).isEqualTo(409);

		JsonNode history = Http.json(http.get("/api/v1/tickets/" + id + "/history", agent).body());
		List<String> actions = new ArrayList<>();
		history.forEach(entry -> actions.add(entry.get("action").asString()));
		assertThat(actions).startsWith("ticket.created").contains("ticket.status", "ticket.message");
	}

	@Test
	void aStaffReplyIsTheFirstResponseAndOpensANewTicket() {
		long id = DeskTestData.open(http, agent, "首次响应", "").get("id").asLong();
		HttpResponse<String> note = http.postJson("/api/v1/tickets/" + id + "/messages", agent,
				"{\"body\":\"内部备注：已联系网络组\",\"visibility\":\"INTERNAL\"}");
		assertThat(note.statusCode()).isEqualTo(201);
		assertThat(Http.json(http.get("/api/v1/tickets/" + id, agent).body()).get("firstResponseAt").isNull())
			.as("an internal note is not a response").isTrue();

		http.postJson("/api/v1/tickets/" + id + "/messages", agent, "{\"body\":\"您好，我们正在处理。\"}");
		JsonNode ticket = Http.json(http.get("/api/v1/tickets/" + id, agent).body());
		assertThat(ticket.get("firstResponseAt").isNull()).isFalse();
		assertThat(ticket.get("status").asString()).isEqualTo("OPEN");
		JsonNode messages = Http.json(http.get("/api/v1/tickets/" + id + "/messages", agent).body());
		assertThat(messages.size()).isEqualTo(2);
		assertThat(messages.get(0).get("visibility").asString()).isEqualTo("INTERNAL");
	}

	@Test
	void agentsTakeTicketsButOnlySupervisorsHandThemToOthers() {
		StaffAccounts.Account other = StaffAccounts.create(http, "desk-agent", "AGENT");
		long team = DeskTestData.team(http, StaffAccounts.unique("分派组"), other.id());
		long id = DeskTestData.open(http, agent, "分派", "\"teamId\":" + team).get("id").asLong();

		HttpResponse<String> byAgent = http.postJson("/api/v1/tickets/" + id + "/assign", agent,
				"{\"teamId\":%d,\"assigneeId\":%d}".formatted(team, other.id()));
		assertThat(byAgent.statusCode()).isEqualTo(403);

		HttpResponse<String> bySupervisor = http.postJson("/api/v1/tickets/" + id + "/assign",
				DeskTestData.token(http, "supervisor"), "{\"teamId\":%d,\"assigneeId\":%d}".formatted(team, other.id()));
		assertThat(bySupervisor.statusCode()).as(bySupervisor.body()).isEqualTo(200);
		JsonNode ticket = Http.json(bySupervisor.body());
		assertThat(ticket.get("assigneeId").asLong()).isEqualTo(other.id());
		assertThat(ticket.get("status").asString()).isEqualTo("OPEN");

		JsonNode mine = Http.json(http.get("/api/v1/tickets?assignee=me", DeskTestData.token(http, other.username())).body());
		assertThat(mine.get("items").findValuesAsString("number")).contains(ticket.get("number").asString());
	}

	@Test
	void listsAreSortedByAnAllowListAndPagedWithACursor() {
		HttpResponse<String> bad = http.get("/api/v1/tickets?sort=subject;drop", agent);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(Http.json(bad.body()).findValuesAsString("field")).contains("sort");

		// Three pages of five by resolution due time: no ticket twice, due times never go back.
		List<String> numbers = new ArrayList<>();
		List<String> dues = new ArrayList<>();
		String cursor = "";
		for (int page = 0; page < 3; page++) {
			JsonNode body = Http.json(http.get("/api/v1/tickets?size=5&sort=resolutionDue&cursor=" + cursor, agent).body());
			body.get("items").forEach(item -> {
				numbers.add(item.get("number").asString());
				dues.add(item.get("resolutionDue").isNull() ? "9999" : item.get("resolutionDue").asString());
			});
			assertThat(body.get("nextCursor").isNull()).as("the demo tickets fill more than three pages").isFalse();
			cursor = body.get("nextCursor").asString();
		}
		assertThat(numbers).hasSize(15).doesNotHaveDuplicates();
		assertThat(dues.stream().map(java.time.Instant::parse).toList()).isSorted();
		assertThat(http.get("/api/v1/tickets?cursor=not!a!cursor", agent).statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> patch(long id, String json, String ifMatch) {
		HttpRequest.Builder request = http.request("/api/v1/tickets/" + id)
			.header("Authorization", "Bearer " + agent)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return http.send(request);
	}

}
