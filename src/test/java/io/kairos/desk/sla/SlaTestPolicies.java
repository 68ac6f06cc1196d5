package io.kairos.desk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.kairos.test.Http;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

/** SLA policies for tests: created through the API on the around-the-clock calendar and put first in order. */
final class SlaTestPolicies {

	private SlaTestPolicies() {
	}

	static long alwaysCalendar(Http http) {
		JsonNode calendars = Http.json(http.get("/api/v1/calendars", StaffAccounts.adminToken(http)).body());
		for (JsonNode calendar : calendars.get("items")) {
			if ("ALWAYS".equals(calendar.get("code").asString())) {
				return calendar.get("id").asLong();
			}
		}
		throw new IllegalStateException("no ALWAYS calendar");
	}

	/** Creates the policy (JSON fields of SlaPolicyCommand) and moves it to the top; returns it. */
	static JsonNode firstPolicy(Http http, String json) {
		String admin = StaffAccounts.adminToken(http);
		HttpResponse<String> created = http.postJson("/api/v1/sla-policies", admin, json);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode policy = Http.json(created.body());
		List<Long> order = new ArrayList<>();
		order.add(policy.get("id").asLong());
		for (JsonNode existing : Http.json(http.get("/api/v1/sla-policies", admin).body()).get("items")) {
			if (existing.get("id").asLong() != policy.get("id").asLong()) {
				order.add(existing.get("id").asLong());
			}
		}
		HttpResponse<String> reordered = put(http, "/api/v1/sla-policies/order", admin, "{\"ids\":" + order + "}", null);
		assertThat(reordered.statusCode()).as(reordered.body()).isEqualTo(200);
		assertThat(Http.json(reordered.body()).get("items").get(0).get("id").asLong())
			.isEqualTo(policy.get("id").asLong());
		return policy;
	}

	static HttpResponse<String> put(Http http, String path, String token, String json, String ifMatch) {
		HttpRequest.Builder request = http.request(path)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return http.send(request);
	}

	static HttpResponse<String> patch(Http http, String path, String token, String json) {
		return http.send(http.request(path)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

}
