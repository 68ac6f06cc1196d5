package io.kairos.messaging;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers to message (mobile numbers 1478…, which the demo data never uses) and waiting for delivery. */
final class MessagingTestData {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private MessagingTestData() {
	}

	static String token(Http http, String username) {
		return TOKENS.computeIfAbsent(username, http::tokenFor);
	}

	/** A customer reachable on the given channels in this order, with an e-mail address and a language. */
	static long customer(Http http, String email, String language, String... channels) {
		String mobile = "1478" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		StringBuilder json = new StringBuilder("{\"name\":\"李雷\",\"mobile\":\"").append(mobile).append('"');
		if (email != null) {
			json.append(",\"email\":\"").append(email).append('"');
		}
		if (language != null) {
			json.append(",\"language\":\"").append(language).append('"');
		}
		json.append(",\"preferredChannels\":[");
		for (int i = 0; i < channels.length; i++) {
			json.append(i == 0 ? "" : ",").append('"').append(channels[i]).append('"');
		}
		json.append("]}");
		HttpResponse<String> response = http.postJson("/api/v1/customers", token(http, "agent"), json.toString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Http.json(response.body()).get("id").asLong();
	}

	static void consent(Http http, long customer, String channel, String status) {
		HttpResponse<String> response = http.send(http.request("/api/v1/customers/" + customer + "/consents/" + channel)
			.header("Authorization", "Bearer " + token(http, "agent"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\",\"source\":\"PHONE_CALL\"}")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	static String status(JdbcClient jdbc, java.util.UUID id) {
		return jdbc.sql("select status from outbound_message where id = :id").param("id", id).query(String.class).single();
	}

	/** Waits up to ten seconds for the condition (delivery runs after the commit, on another thread). */
	static void eventually(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Still waiting for: " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
