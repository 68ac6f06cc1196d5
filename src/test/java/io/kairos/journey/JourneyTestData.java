package io.kairos.journey;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Touchpoints and journeys of their own for journey tests, created by the demo manager over the API. */
final class JourneyTestData {

	private JourneyTestData() {
	}

	static String suffix() {
		return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
	}

	static long touchpoint(Http http, String name, String channel) {
		HttpResponse<String> created = http.postJson("/api/v1/touchpoints", DeskTestData.token(http, "manager"), """
				{"name":%s,"channel":"%s","ownerDepartment":"客服部","standards":[{"description":"20 秒内接听","target":20,"unit":"s"}]}"""
			.formatted(quoted(name), channel));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return Http.json(created.body()).get("id").asLong();
	}

	/** A journey with one stage per touchpoint list, e.g. {@code journey(http, "x", new long[][] {{a}, {b, c}})}. */
	static JsonNode journey(Http http, String name, long[][] stageTouchpoints, String... stageNames) {
		StringBuilder stages = new StringBuilder();
		for (int i = 0; i < stageTouchpoints.length; i++) {
			StringBuilder ids = new StringBuilder();
			for (long id : stageTouchpoints[i]) {
				ids.append(ids.isEmpty() ? "" : ",").append(id);
			}
			stages.append(i == 0 ? "" : ",")
				.append("{\"name\":%s,\"customerActions\":\"动作%d\",\"hygiene\":%s,\"touchpointIds\":[%s]}".formatted(
						quoted(stageNames[i]), i, i == 1, ids));
		}
		HttpResponse<String> created = http.postJson("/api/v1/journeys", DeskTestData.token(http, "manager"),
				"{\"name\":%s,\"stages\":[%s]}".formatted(quoted(name), stages));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return Http.json(created.body());
	}

	static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
