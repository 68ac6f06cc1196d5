package io.kairos.customer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import io.kairos.test.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers for the tier and value tests: value facts, rule sets, evaluations, tiers and history. */
final class TierTestData {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private TierTestData() {
	}

	static LocalDate daysAgo(int days) {
		return LocalDate.now(ZONE).minusDays(days);
	}

	static void fact(Http http, String token, long customer, String amount, LocalDate on, String kind) {
		HttpResponse<String> response = http.postJson("/api/v1/customers/" + customer + "/values", token,
				"{\"amount\":%s,\"occurredOn\":\"%s\",\"kind\":\"%s\"}".formatted(amount, on, kind));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
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

	/**
	 * The test ladder: DIAMOND from 100,000 spent in 12 months and 12 months' tenure, GOLD from 30,000 spent,
	 * SILVER from 50,000 held, REGULAR otherwise. Set with the current ETag.
	 */
	static void testLadder(Http http, String manager) {
		String etag = http.get("/api/v1/tier-rules", manager).headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> response = put(http, "/api/v1/tier-rules", manager, """
				{"tiers":[
				 {"tier":"DIAMOND","nameEn":"Diamond","nameZh":"钻石","minSpend12m":100000,"minTenureMonths":12},
				 {"tier":"GOLD","nameEn":"Gold","nameZh":"金卡","minSpend12m":30000},
				 {"tier":"SILVER","nameEn":"Silver","nameZh":"银卡","minHoldings":50000},
				 {"tier":"REGULAR","nameEn":"Regular","nameZh":"普通"}]}""", "If-Match", etag);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	static JsonNode evaluate(Http http, String token) {
		HttpResponse<String> response = http.postJson("/api/v1/tier-evaluations", token, "");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response.body());
	}

	static String tier(Http http, String token, long customer) {
		return Http.json(http.get("/api/v1/customers/" + customer, token).body()).get("tier").asString();
	}

	static JsonNode history(Http http, String token, long customer) {
		HttpResponse<String> response = http.get("/api/v1/customers/" + customer + "/tier-history", token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response.body()).get("items");
	}

}
