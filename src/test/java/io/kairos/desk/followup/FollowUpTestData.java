package io.kairos.desk.followup;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.kairos.test.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Helpers of the steps, promises and callbacks tests. */
final class FollowUpTestData {

	private FollowUpTestData() {
	}

	static JsonNode steps(Http http, String token, long ticket) {
		HttpResponse<String> response = http.get("/api/v1/tickets/" + ticket + "/steps", token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response.body());
	}

	/** Ticks every item of the ticket's current step. */
	static void tickAll(Http http, String token, long ticket) {
		JsonNode steps = steps(http, token, ticket);
		JsonNode current = steps.get("steps").get(steps.get("step").asInt() - 1);
		for (JsonNode item : current.get("checklist")) {
			HttpResponse<String> ticked = http.postJson(
					"/api/v1/tickets/" + ticket + "/checklist/" + item.get("itemId").asLong(), token, "{\"ticked\":true}");
			assertThat(ticked.statusCode()).as(ticked.body()).isEqualTo(200);
		}
	}

	static HttpResponse<String> enter(Http http, String token, long ticket, int step) {
		return http.postJson("/api/v1/tickets/" + ticket + "/step", token, "{\"step\":" + step + "}");
	}

	static List<JsonNode> history(Http http, String token, long ticket, String action) {
		JsonNode history = Http.json(http.get("/api/v1/tickets/" + ticket + "/history", token).body());
		List<JsonNode> found = new ArrayList<>();
		history.forEach(entry -> {
			if (entry.get("action").asString().equals(action)) {
				found.add(entry);
			}
		});
		return found;
	}

	static HttpResponse<String> patch(Http http, String token, String path, String json, String ifMatch) {
		HttpRequest.Builder request = http.request(path)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return http.send(request);
	}

	/** Reads {@code path} until the answer satisfies {@code done}, for at most {@code within}. */
	static JsonNode await(Http http, String token, String path, Predicate<JsonNode> done, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		JsonNode last = null;
		while (System.nanoTime() < deadline) {
			last = Http.json(http.get(path, token).body());
			if (done.test(last)) {
				return last;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return fail("Not reached within " + within + ": " + last);
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
