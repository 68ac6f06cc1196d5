package io.kairos.desk.routing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Agents with routing profiles, teams in an assignment mode, and what tickets' histories say about routing. */
final class RoutingTestData {

	private RoutingTestData() {
	}

	static StaffAccounts.Account agent(Http http, String prefix, String profileJson) {
		StaffAccounts.Account agent = StaffAccounts.create(http, prefix, "AGENT");
		if (profileJson != null) {
			profile(http, agent.id(), profileJson);
		}
		return agent;
	}

	/** Sets a routing profile as the test administrator (a desk admin). */
	static JsonNode profile(Http http, long staffId, String json) {
		HttpResponse<String> response = put(http, "/api/v1/agents/" + staffId + "/routing-profile",
				StaffAccounts.adminToken(http), json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response.body());
	}

	static long team(Http http, String mode, StaffAccounts.Account... members) {
		long[] ids = new long[members.length];
		for (int i = 0; i < members.length; i++) {
			ids[i] = members[i].id();
		}
		long team = DeskTestData.team(http, StaffAccounts.unique("路由组"), ids);
		mode(http, team, mode);
		return team;
	}

	static void mode(Http http, long team, String mode) {
		HttpResponse<String> response = put(http, "/api/v1/teams/" + team + "/assignment-mode",
				StaffAccounts.adminToken(http), "{\"assignmentMode\":\"" + mode + "\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	static HttpResponse<String> put(Http http, String path, String token, String json, String... headers) {
		HttpRequest.Builder request = http.request(path)
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.PUT(HttpRequest.BodyPublishers.ofString(json));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request);
	}

	/** Opens tickets in the team and returns their assignees (null for unassigned), in order. */
	static List<Long> openIn(Http http, long team, int count) {
		List<Long> assignees = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			JsonNode ticket = DeskTestData.open(http, DeskTestData.token(http, "agent"), "路由-" + i, "\"teamId\":" + team);
			assignees.add(assignee(ticket));
		}
		return assignees;
	}

	static Long assignee(JsonNode ticket) {
		JsonNode assignee = ticket.get("assigneeId");
		return assignee == null || assignee.isNull() ? null : assignee.asLong();
	}

	/** The detail of the ticket's first "ticket.assigned" history entry. */
	static JsonNode routed(Http http, long ticketId) {
		JsonNode history = Http.json(http.get("/api/v1/tickets/" + ticketId + "/history",
				DeskTestData.token(http, "supervisor")).body());
		for (JsonNode entry : history) {
			if ("ticket.assigned".equals(entry.get("action").asString())) {
				return Http.json(entry.get("detail").asString());
			}
		}
		throw new AssertionError("No assignment in the history of ticket " + ticketId + ": " + history);
	}

	/** Gives the agent a ticket of the team as the demo supervisor would. */
	static long assignTo(Http http, long team, long agentId) {
		String supervisor = DeskTestData.token(http, "supervisor");
		long id = DeskTestData.open(http, DeskTestData.token(http, "agent"), "占用容量", "\"teamId\":" + team)
			.get("id")
			.asLong();
		HttpResponse<String> assigned = http.postJson("/api/v1/tickets/" + id + "/assign", supervisor,
				"{\"teamId\":%d,\"assigneeId\":%d}".formatted(team, agentId));
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
		return id;
	}

}
