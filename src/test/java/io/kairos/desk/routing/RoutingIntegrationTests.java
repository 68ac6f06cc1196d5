package io.kairos.desk.routing;

import java.net.http.HttpResponse;
import java.util.List;

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

import static io.kairos.desk.routing.RoutingTestData.agent;
import static io.kairos.desk.routing.RoutingTestData.openIn;
import static io.kairos.desk.routing.RoutingTestData.profile;
import static io.kairos.desk.routing.RoutingTestData.routed;
import static io.kairos.desk.routing.RoutingTestData.team;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §2.4 through the API: round-robin and least-loaded respect capacity and skills; account managers first. */
@KairosIntegrationTest
class RoutingIntegrationTests {

	private static final String AVAILABLE = "{\"availability\":\"AVAILABLE\"}";

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
	void roundRobinRotatesOverTheEligibleMembersOnlyAndRecordsWhy() {
		Account first = agent(http, "rr-a", AVAILABLE);
		Account second = agent(http, "rr-b", AVAILABLE);
		Account away = agent(http, "rr-away", "{\"availability\":\"AWAY\"}");
		Account full = agent(http, "rr-full", "{\"availability\":\"OFFLINE\",\"capacity\":1}");
		long team = team(http, "MANUAL", first, second, away, full);
		RoutingTestData.assignTo(http, team, full.id());
		profile(http, full.id(), AVAILABLE);
		RoutingTestData.mode(http, team, "ROUND_ROBIN");

		List<Long> assignees = openIn(http, team, 4);

		assertThat(assignees).as("in staff id order, skipping the away and the full agent")
			.containsExactly(first.id(), second.id(), first.id(), second.id());

		JsonNode ticket = DeskTestData.open(http, agentToken, "轮流", "\"teamId\":" + team);
		assertThat(routed(http, ticket.get("id").asLong()).get("reason").asString()).isEqualTo("round-robin");
		assertThat(ticket.get("status").asString()).as("an assigned ticket is open").isEqualTo("OPEN");

		// The away agent comes back: the rotation now includes them.
		profile(http, away.id(), AVAILABLE);
		assertThat(openIn(http, team, 3)).contains(away.id()).doesNotContain(full.id());
	}

	@Test
	void leastLoadedPicksTheMemberWithFewestActiveTicketsThenTheLongestIdle() {
		Account busy = agent(http, "ll-busy", AVAILABLE);
		Account idle = agent(http, "ll-idle", AVAILABLE);
		Account some = agent(http, "ll-some", AVAILABLE);
		long team = team(http, "MANUAL", busy, idle, some);
		RoutingTestData.assignTo(http, team, busy.id());
		RoutingTestData.assignTo(http, team, busy.id());
		RoutingTestData.assignTo(http, team, some.id());
		RoutingTestData.mode(http, team, "LEAST_LOADED");

		JsonNode first = DeskTestData.open(http, agentToken, "最少负荷", "\"teamId\":" + team);
		assertThat(RoutingTestData.assignee(first)).isEqualTo(idle.id());
		assertThat(routed(http, first.get("id").asLong()).get("reason").asString()).isEqualTo("least-loaded");
		// idle and some now hold one each; some was assigned longer ago.
		assertThat(openIn(http, team, 1)).containsExactly(some.id());

		JsonNode load = Http.json(http.get("/api/v1/teams/" + team + "/load", DeskTestData.token(http, "supervisor")).body());
		assertThat(load.get("members").findValuesAsString("availability")).containsOnly("AVAILABLE");
		assertThat(activeOf(load, busy.id())).isEqualTo(2);
		assertThat(activeOf(load, idle.id())).isEqualTo(1);
		assertThat(activeOf(load, some.id())).isEqualTo(2);
		assertThat(load.get("assignmentMode").asString()).isEqualTo("LEAST_LOADED");
	}

	@Test
	void theCustomersLanguageNeedsAnAgentWhoSpeaksIt() {
		Account chinese = agent(http, "lang-zh", "{\"availability\":\"AVAILABLE\",\"languages\":[\"zh\"]}");
		Account english = agent(http, "lang-en", "{\"availability\":\"AVAILABLE\",\"languages\":[\"en\",\"zh\"]}");
		long team = team(http, "ROUND_ROBIN", chinese, english);
		long customer = customer("{\"name\":\"Jane Doe\",\"mobile\":\"%s\",\"language\":\"en\"}");

		for (int i = 0; i < 3; i++) {
			JsonNode ticket = open("{\"customerId\":%d,\"subject\":\"English please\",\"description\":\"x\",\"teamId\":%d}"
				.formatted(customer, team));
			assertThat(RoutingTestData.assignee(ticket)).isEqualTo(english.id());
		}
		// A customer without a language is served by both in turn.
		assertThat(openIn(http, team, 2)).containsExactlyInAnyOrder(chinese.id(), english.id());

		// In a team where nobody declares English the ticket waits, and the history says why.
		Account nobody = agent(http, "lang-none", AVAILABLE);
		long silent = team(http, "LEAST_LOADED", nobody);
		JsonNode waiting = open("{\"customerId\":%d,\"subject\":\"No English\",\"description\":\"x\",\"teamId\":%d}"
			.formatted(customer, silent));
		assertThat(RoutingTestData.assignee(waiting)).isNull();
		assertThat(waiting.get("teamId").asLong()).isEqualTo(silent);
		assertThat(routed(http, waiting.get("id").asLong()).get("reason").asString()).isEqualTo("no-eligible-agent");
	}

	@Test
	void aDiamondCustomersTicketGoesToTheirAvailableAccountManager() {
		Account manager = agent(http, "am", AVAILABLE);
		Account vipAgent = agent(http, "vip", "{\"availability\":\"AVAILABLE\",\"vipCertified\":true}");
		Account plain = agent(http, "plain", AVAILABLE);
		long managersTeam = team(http, "MANUAL", manager);
		long front = team(http, "ROUND_ROBIN", plain, vipAgent);
		long customer = customer("{\"name\":\"钻石客户\",\"mobile\":\"%s\",\"accountManagerId\":" + manager.id() + "}");
		// The tier comes from the nightly evaluation; the test sets it directly rather than run one over every customer.
		jdbc.sql("update customer set tier = 'DIAMOND' where id = :id").param("id", customer).update();

		JsonNode ticket = open("{\"customerId\":%d,\"subject\":\"钻石客户来电\",\"description\":\"x\",\"teamId\":%d}"
			.formatted(customer, front));
		assertThat(RoutingTestData.assignee(ticket)).isEqualTo(manager.id());
		assertThat(ticket.get("teamId").asLong()).as("the manager's team, as the manager is not in the front team")
			.isEqualTo(managersTeam);
		JsonNode detail = routed(http, ticket.get("id").asLong());
		assertThat(detail.get("reason").asString()).isEqualTo("account-manager");
		assertThat(detail.get("assigneeId").asLong()).isEqualTo(manager.id());

		// Away, the manager is skipped; the team's rules then need a VIP-certified agent for a Diamond customer.
		profile(http, manager.id(), "{\"availability\":\"AWAY\"}");
		for (int i = 0; i < 2; i++) {
			JsonNode next = open("{\"customerId\":%d,\"subject\":\"经理不在\",\"description\":\"x\",\"teamId\":%d}"
				.formatted(customer, front));
			assertThat(RoutingTestData.assignee(next)).isEqualTo(vipAgent.id());
			assertThat(next.get("teamId").asLong()).isEqualTo(front);
		}
		// A regular customer of the same team goes round the plain agent too.
		assertThat(openIn(http, front, 2)).containsExactlyInAnyOrder(plain.id(), vipAgent.id());
	}

	private JsonNode open(String json) {
		HttpResponse<String> response = http.postJson("/api/v1/tickets", agentToken, json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Http.json(response.body());
	}

	private long customer(String jsonWithMobile) {
		HttpResponse<String> created = http.postJson("/api/v1/customers", agentToken,
				jsonWithMobile.formatted(DeskTestData.freshMobile()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return Http.json(created.body()).get("id").asLong();
	}

	private static int activeOf(JsonNode load, long staffId) {
		for (JsonNode member : load.get("members")) {
			if (member.get("staffId").asLong() == staffId) {
				return member.get("activeTickets").asInt();
			}
		}
		throw new AssertionError(staffId + " is not in " + load);
	}

}
