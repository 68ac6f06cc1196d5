package io.kairos.desk.automation;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;

import io.kairos.test.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers for the automation tests: ticket history, and waiting for work done after commit. */
final class AutomationTestData {

	private AutomationTestData() {
	}

	static List<JsonNode> history(Http http, String token, long ticketId) {
		HttpResponse<String> response = http.get("/api/v1/tickets/" + ticketId + "/history", token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response.body()).valueStream().toList();
	}

	static long count(List<JsonNode> history, String action, long ruleId) {
		return history.stream()
			.filter(entry -> entry.get("action").asString().equals(action))
			.filter(entry -> entry.get("detail").asString().contains("\"ruleId\":" + ruleId + ","))
			.count();
	}

	/**
	 * Waits until the condition holds: triggers run after the change commits (today in the same thread, but the
	 * listeners may become asynchronous), so tests poll for a few seconds instead of assuming.
	 */
	static void eventually(Supplier<Boolean> condition, String what) {
		long deadline = System.currentTimeMillis() + 10_000;
		while (!condition.get()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting: " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	static long created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Http.json(response.body()).get("id").asLong();
	}

}
