package io.kairos.desk;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import io.kairos.test.Http;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Tickets, teams and agents for desk integration tests; requesters on mobile numbers (prefix 198) no demo data uses. */
public final class DeskTestData {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private DeskTestData() {
	}

	/** One API token per user for all desk tests (a user may hold only so many active tokens). */
	public static String token(Http http, String username) {
		return TOKENS.computeIfAbsent(username, name -> name.contains("-") ? http.tokenFor(name, StaffAccounts.PASSWORD)
				: http.tokenFor(name));
	}

	public static String freshMobile() {
		return "198" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** Opens a ticket for a new requester and returns the ticket as JSON. */
	public static JsonNode open(Http http, String token, String subject, String extraJson) {
		HttpResponse<String> response = http.postJson("/api/v1/tickets", token, """
				{"customer":{"name":"测试客户","phone":"%s"},"subject":"%s","description":"描述：%s"%s}"""
			.formatted(freshMobile(), subject, subject, extraJson.isEmpty() ? "" : "," + extraJson));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Http.json(response.body());
	}

	/** A new team with the given members; returns its id. */
	public static long team(Http http, String name, long... members) {
		String admin = StaffAccounts.adminToken(http);
		HttpResponse<String> created = http.postJson("/api/v1/teams", admin,
				"{\"name\":\"%s\",\"assignmentMode\":\"MANUAL\"}".formatted(name));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = Http.json(created.body()).get("id").asLong();
		StringBuilder ids = new StringBuilder();
		for (long member : members) {
			ids.append(ids.isEmpty() ? "" : ",").append(member);
		}
		HttpResponse<String> set = http.send(http.request("/api/v1/teams/" + id + "/members")
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("[" + ids + "]")));
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		return id;
	}

}
