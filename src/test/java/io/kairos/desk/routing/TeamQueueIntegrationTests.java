package io.kairos.desk.routing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import io.kairos.test.StaffAccounts.Account;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A team's unassigned queue: high tiers first, then priority, then age; pulled by agents without double takes. */
@KairosIntegrationTest
class TeamQueueIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String agentToken;

	@BeforeEach
	void client() {
		http = new Http(port);
		agentToken = DeskTestData.token(http, "agent");
	}

	@Test
	void theQueuePutsHighTiersFirstThenPriorityThenAgeAndPagesThroughIt() {
		Account puller = RoutingTestData.agent(http, "q-pull", null);
		long team = RoutingTestData.team(http, "MANUAL", puller);
		long oldNormal = openIn(team, "NORMAL", null);
		long urgent = openIn(team, "URGENT", null);
		long gold = openIn(team, "LOW", "GOLD");
		long newNormal = openIn(team, "NORMAL", null);
		long diamond = openIn(team, "NORMAL", "DIAMOND");

		String supervisor = DeskTestData.token(http, "supervisor");
		JsonNode first = Http.json(http.get("/api/v1/teams/" + team + "/queue?size=2", supervisor).body());
		JsonNode rest = Http.json(http.get("/api/v1/teams/" + team + "/queue?size=10&cursor="
				+ first.get("nextCursor").asString(), supervisor).body());
		List<Long> order = new ArrayList<>();
		first.get("items").forEach(item -> order.add(item.get("id").asLong()));
		rest.get("items").forEach(item -> order.add(item.get("id").asLong()));
		assertThat(order).containsExactly(diamond, gold, urgent, oldNormal, newNormal);
		assertThat(rest.get("nextCursor").isNull()).isTrue();
		assertThat(first.get("items").get(0).get("tier").asString()).isEqualTo("DIAMOND");

		// The agent pulls the head; a supervisor hands the next two to the same agent.
		HttpResponse<String> pulled = http.postJson("/api/v1/teams/" + team + "/assign-next",
				DeskTestData.token(http, puller.username()), "");
		assertThat(pulled.statusCode()).as(pulled.body()).isEqualTo(200);
		assertThat(Http.json(pulled.body()).get("id").asLong()).isEqualTo(diamond);
		assertThat(Http.json(pulled.body()).get("assigneeId").asLong()).isEqualTo(puller.id());
		HttpResponse<String> bulk = http.postJson("/api/v1/teams/" + team + "/bulk-assign", supervisor,
				"{\"assigneeId\":%d,\"count\":2}".formatted(puller.id()));
		assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(200);
		List<Long> handedOut = new ArrayList<>();
		Http.json(bulk.body()).forEach(ticket -> handedOut.add(ticket.get("id").asLong()));
		assertThat(handedOut).containsExactly(gold, urgent);
		JsonNode history = Http.json(http.get("/api/v1/tickets/" + gold + "/history", supervisor).body());
		assertThat(history.findValuesAsString("action")).contains("ticket.assigned");

		JsonNode left = Http.json(http.get("/api/v1/teams/" + team + "/queue", supervisor).body());
		assertThat(left.get("items").size()).isEqualTo(2);
		assertThat(http.get("/api/v1/teams/" + team + "/queue?cursor=nonsense", supervisor).statusCode()).isEqualTo(400);
	}

	@Test
	void tenAgentsPullingAtOnceEachGetADifferentTicket() throws Exception {
		List<Account> agents = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			agents.add(RoutingTestData.agent(http, "pull-" + i, null));
		}
		long team = RoutingTestData.team(http, "MANUAL", agents.toArray(Account[]::new));
		Set<Long> opened = new HashSet<>();
		for (int i = 0; i < 12; i++) {
			opened.add(openIn(team, "NORMAL", null));
		}
		List<String> tokens = agents.stream().map(agent -> DeskTestData.token(http, agent.username())).toList();

		List<Callable<HttpResponse<String>>> pulls = new ArrayList<>();
		for (String token : tokens) {
			pulls.add(() -> new Http(port).postJson("/api/v1/teams/" + team + "/assign-next", token, ""));
		}
		List<HttpResponse<String>> responses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			for (Future<HttpResponse<String>> future : pool.invokeAll(pulls)) {
				responses.add(future.get());
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(200));
		Set<Long> taken = new HashSet<>();
		Set<Long> takers = new HashSet<>();
		for (HttpResponse<String> response : responses) {
			JsonNode ticket = Http.json(response.body());
			taken.add(ticket.get("id").asLong());
			takers.add(ticket.get("assigneeId").asLong());
		}
		assertThat(taken).as("ten different tickets").hasSize(10);
		assertThat(opened).containsAll(taken);
		assertThat(takers).containsExactlyInAnyOrderElementsOf(agents.stream().map(Account::id).toList());
		for (Long id : taken) {
			long assignments = jdbc.sql("select count(*) from ticket_history where ticket_id = :id and action = 'ticket.assigned'")
				.param("id", id)
				.query(Long.class)
				.single();
			assertThat(assignments).as("ticket %d: filed to the team, then pulled once", id).isEqualTo(2);
		}
		JsonNode left = Http.json(http.get("/api/v1/teams/" + team + "/queue", agentToken).body());
		assertThat(left.get("items").size()).isEqualTo(2);
	}

	@Test
	void pullingNeedsMembershipAndRoomAndAnEmptyQueueAnswersNoContent() {
		Account member = RoutingTestData.agent(http, "pull-cap", "{\"capacity\":1}");
		long team = RoutingTestData.team(http, "MANUAL", member);
		String token = DeskTestData.token(http, member.username());

		assertThat(http.postJson("/api/v1/teams/" + team + "/assign-next", token, "").statusCode()).isEqualTo(204);
		openIn(team, "NORMAL", null);
		openIn(team, "NORMAL", null);
		assertThat(http.postJson("/api/v1/teams/" + team + "/assign-next", token, "").statusCode()).isEqualTo(200);
		HttpResponse<String> full = http.postJson("/api/v1/teams/" + team + "/assign-next", token, "");
		assertThat(full.statusCode()).as(full.body()).isEqualTo(409);
		assertThat(Http.json(full.body()).get("detail").asString()).contains("1");

		HttpResponse<String> outsider = http.postJson("/api/v1/teams/" + team + "/assign-next", agentToken, "");
		assertThat(outsider.statusCode()).as(outsider.body()).isEqualTo(403);
		assertThat(http.postJson("/api/v1/teams/987654/assign-next", agentToken, "").statusCode()).isEqualTo(404);
		HttpResponse<String> bulkByAgent = http.postJson("/api/v1/teams/" + team + "/bulk-assign", token,
				"{\"assigneeId\":%d,\"count\":1}".formatted(member.id()));
		assertThat(bulkByAgent.statusCode()).isEqualTo(403);
		HttpResponse<String> tooMany = http.postJson("/api/v1/teams/" + team + "/bulk-assign",
				DeskTestData.token(http, "supervisor"), "{\"assigneeId\":%d,\"count\":500}".formatted(member.id()));
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(Http.json(tooMany.body()).findValuesAsString("field")).contains("count");
	}

	/** Opens a ticket in the team for a new customer, first placing the customer in {@code tier} when given. */
	private long openIn(long team, String priority, String tier) {
		String extra = "\"teamId\":%d,\"priority\":\"%s\"".formatted(team, priority);
		if (tier == null) {
			return DeskTestData.open(http, agentToken, "队列", extra).get("id").asLong();
		}
		HttpResponse<String> created = http.postJson("/api/v1/customers", agentToken,
				"{\"name\":\"高等级客户\",\"mobile\":\"%s\"}".formatted(DeskTestData.freshMobile()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long customer = Http.json(created.body()).get("id").asLong();
		// Tiers come from the nightly evaluation; the test sets one directly.
		jdbc.sql("update customer set tier = :tier where id = :id").param("tier", tier).param("id", customer).update();
		HttpResponse<String> ticket = http.postJson("/api/v1/tickets", agentToken,
				"{\"customerId\":%d,\"subject\":\"高等级\",\"description\":\"x\",%s}".formatted(customer, extra));
		assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);
		return Http.json(ticket.body()).get("id").asLong();
	}

}
