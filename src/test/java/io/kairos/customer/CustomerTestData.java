package io.kairos.customer;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import io.kairos.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers for integration tests, on mobile numbers (prefix 147) the demo data never uses. */
final class CustomerTestData {

	private CustomerTestData() {
	}

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	/** One API token per demo user for all customer tests (a user may hold only so many active tokens). */
	static String token(Http http, String username) {
		return TOKENS.computeIfAbsent(username, http::tokenFor);
	}

	/** A fresh 11-digit mobile number, e.g. 14712345678. */
	static String freshMobile() {
		return "147" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	static String masked(String mobile) {
		return mobile.substring(0, 3) + "****" + mobile.substring(7);
	}

	/** Creates a customer over the API and returns its id. */
	static long create(Http http, String token, String name, String mobile) {
		HttpResponse<String> response = http.postJson("/api/v1/customers", token,
				"{\"name\":\"" + name + "\",\"mobile\":\"" + mobile + "\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Http.json(response.body()).get("id").asLong();
	}

}
