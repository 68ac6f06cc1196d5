package io.kairos.journey;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 1: a score outside −3..+3, a non-integer, or a touchpoint that is not part of the given journey or
 * stage is refused with 400 naming the problem, in the caller's language, and nothing is stored.
 */
@KairosIntegrationTest
class MotScoreValidationIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	String agent;

	long hotline;

	long visit;

	long stranger;

	JsonNode journey;

	JsonNode other;

	@BeforeEach
	void data() {
		http = new Http(port);
		agent = DeskTestData.token(http, "agent");
		String s = JourneyTestData.suffix();
		hotline = JourneyTestData.touchpoint(http, "热线" + s, "HOTLINE");
		visit = JourneyTestData.touchpoint(http, "上门" + s, "FIELD_VISIT");
		stranger = JourneyTestData.touchpoint(http, "营业厅" + s, "STORE");
		journey = JourneyTestData.journey(http, "校验旅程" + s, new long[][] { { hotline }, { visit } }, "报装", "上门安装");
		other = JourneyTestData.journey(http, "另一旅程" + s, new long[][] { { stranger } }, "到店");
	}

	@Test
	void aWholeScoreOnTheScaleAtItsStageIsStored() {
		long stage = journey.get("stages").get(1).get("id").asLong();
		HttpResponse<String> ok = http.postJson("/api/v1/mot-scores", agent,
				"{\"score\":-3,\"touchpointId\":%d,\"journeyId\":%d,\"stageId\":%d,\"explored\":true,\"thought\":\"担心师傅不来\"}"
					.formatted(visit, journey.get("id").asLong(), stage));
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
		JsonNode score = Http.json(ok.body());
		assertThat(score.get("score").asInt()).isEqualTo(-3);
		assertThat(score.get("source").asString()).isEqualTo("AGENT_SELF");
		assertThat(score.get("stageId").asLong()).isEqualTo(stage);
		assertThat(score.get("explored").asBoolean()).isTrue();

		HttpResponse<String> inferred = http.postJson("/api/v1/mot-scores", agent,
				"{\"score\":3,\"touchpointId\":%d}".formatted(hotline));
		assertThat(inferred.statusCode()).as(inferred.body()).isEqualTo(201);
		assertThat(Http.json(inferred.body()).get("stageId").asLong()).as("the touchpoint's only stage")
			.isEqualTo(journey.get("stages").get(0).get("id").asLong());
	}

	@Test
	void scoresOffTheScaleOrNotWholeAreRefusedNamingTheScore() {
		for (String score : List.of("4", "-4", "1.5", "\"2\"", "null", "99999999999999999999", "true")) {
			HttpResponse<String> refused = post("{\"score\":%s,\"touchpointId\":%d}".formatted(score, hotline), "en");
			assertThat(refused.statusCode()).as(score + " → " + refused.body()).isEqualTo(400);
			JsonNode problem = Http.json(refused.body());
			assertThat(problem.findValuesAsString("field")).as(refused.body()).contains("score");
			assertThat(refused.body()).doesNotContain("Exception").doesNotContain("insert ");
		}
		assertThat(post("{\"score\":4,\"touchpointId\":%d}".formatted(hotline), "en").body())
			.contains("outside the value scale");
		assertThat(post("{\"score\":1.5,\"touchpointId\":%d}".formatted(hotline), "en").body()).contains("whole number");
		assertThat(post("{\"score\":\"2\",\"touchpointId\":%d}".formatted(hotline), "zh-CN").body()).contains("整数");
		assertNothingStoredAt(hotline);
	}

	@Test
	void aTouchpointOfAnotherJourneyOrStageIsRefusedNamingTheTouchpoint() {
		long journeyId = journey.get("id").asLong();
		long firstStage = journey.get("stages").get(0).get("id").asLong();
		long otherStage = other.get("stages").get(0).get("id").asLong();

		HttpResponse<String> otherJourney = post(
				"{\"score\":1,\"touchpointId\":%d,\"journeyId\":%d}".formatted(stranger, journeyId), "en");
		assertThat(otherJourney.statusCode()).isEqualTo(400);
		assertThat(Http.json(otherJourney.body()).findValuesAsString("field")).contains("touchpointId");
		assertThat(otherJourney.body()).contains("is not part of the journey");

		HttpResponse<String> otherStageOfJourney = post(
				"{\"score\":1,\"touchpointId\":%d,\"stageId\":%d}".formatted(visit, firstStage), "en");
		assertThat(otherStageOfJourney.statusCode()).isEqualTo(400);
		assertThat(Http.json(otherStageOfJourney.body()).findValuesAsString("field")).contains("touchpointId");
		assertThat(otherStageOfJourney.body()).contains("is not part of the stage");

		HttpResponse<String> stageOfOtherJourney = post(
				"{\"score\":1,\"touchpointId\":%d,\"journeyId\":%d,\"stageId\":%d}".formatted(stranger, journeyId,
						otherStage), "en");
		assertThat(stageOfOtherJourney.statusCode()).isEqualTo(400);
		assertThat(Http.json(stageOfOtherJourney.body()).findValuesAsString("field")).contains("stageId");

		HttpResponse<String> unknown = post("{\"score\":1,\"touchpointId\":987654321}", "en");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(Http.json(unknown.body()).findValuesAsString("field")).contains("touchpointId");

		HttpResponse<String> customer = post("{\"score\":1,\"touchpointId\":%d,\"source\":\"CUSTOMER\"}".formatted(hotline), "en");
		assertThat(customer.statusCode()).isEqualTo(400);
		assertThat(Http.json(customer.body()).findValuesAsString("field")).contains("source");
		assertNothingStoredAt(stranger);
		assertNothingStoredAt(visit);
	}

	@Test
	void managersMayNotScoreAndNobodyWithoutTheRightReadsTheIndex() {
		HttpResponse<String> manager = http.postJson("/api/v1/mot-scores", DeskTestData.token(http, "manager"),
				"{\"score\":1,\"touchpointId\":%d}".formatted(hotline));
		assertThat(manager.statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/mot-index?groupBy=colour", agent).statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> post(String json, String language) {
		return http.send(http.request("/api/v1/mot-scores")
			.header("Authorization", "Bearer " + agent)
			.header("Content-Type", "application/json")
			.header("Accept-Language", language)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
	}

	private void assertNothingStoredAt(long touchpoint) {
		JsonNode index = Http.json(http.get("/api/v1/mot-index?groupBy=touchpoint", agent).body());
		for (JsonNode group : index.get("groups")) {
			assertThat(group.get("key").asLong()).as("no score stored at " + touchpoint).isNotEqualTo(touchpoint);
		}
	}

}
