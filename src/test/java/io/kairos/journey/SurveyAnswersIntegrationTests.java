package io.kairos.journey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.customer.CustomerId;
import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.voc.MotAnswered;
import io.kairos.voc.SurveyAnswered;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's MOT answer becomes one CUSTOMER-source score however often it is delivered, and NPS answers about a
 * stage's touchpoint give the stage its NPS (9, 10 promoters, 3 a detractor: (2 − 1) / 3 = 33.3).
 */
@KairosIntegrationTest
class SurveyAnswersIntegrationTests {

	@LocalServerPort
	int port;

	final ApplicationEventPublisher events;

	final TransactionTemplate transaction;

	@Autowired
	SurveyAnswersIntegrationTests(ApplicationEventPublisher events, TransactionTemplate transaction) {
		this.events = events;
		this.transaction = transaction;
	}

	@Test
	void motAnswersAreRecordedOnceAndNpsAnswersGiveTheStageItsNps() throws InterruptedException {
		Http http = new Http(port);
		String agent = DeskTestData.token(http, "agent");
		String s = JourneyTestData.suffix();
		long touchpoint = JourneyTestData.touchpoint(http, "问卷接触点" + s, "WECHAT");
		JsonNode journey = JourneyTestData.journey(http, "问卷旅程" + s, new long[][] { { touchpoint } }, "回访");
		long response = 800_000_000L + Long.parseLong(s);
		Instant at = Instant.now().minusSeconds(30);
		for (int delivery = 0; delivery < 2; delivery++) {
			transaction.executeWithoutResult(tx -> events.publishEvent(
					new MotAnswered(response, new CustomerId(1), null, touchpoint, "mot1", -2, at)));
		}
		int[] nps = { 9, 10, 3 };
		for (int i = 0; i < nps.length; i++) {
			SurveyAnswered answered = new SurveyAnswered(response + i, 1, 1, new CustomerId(1), null, touchpoint, null,
					null, nps[i], null, null, null, at);
			transaction.executeWithoutResult(tx -> events.publishEvent(answered));
		}

		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String path = "/api/v1/journeys/" + journey.get("id").asLong() + "/map?from=" + today.minusDays(1) + "&to="
				+ today.plusDays(1);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		JsonNode stage = null;
		while (Instant.now().isBefore(deadline)) {
			stage = Http.json(http.get(path, agent).body()).get("stages").get(0);
			if (stage.get("volume").asInt() >= 1 && stage.get("npsAnswers").asInt() == 3) {
				break;
			}
			Thread.sleep(200);
		}
		Thread.sleep(1000);
		stage = Http.json(http.get(path, agent).body()).get("stages").get(0);
		assertThat(stage.get("volume").asInt()).as("one score for two deliveries").isEqualTo(1);
		assertThat(stage.get("mean").asDouble()).isEqualTo(-2.0);
		assertThat(stage.get("npsAnswers").asInt()).isEqualTo(3);
		assertThat(stage.get("nps").asDouble()).isEqualTo(33.3);
	}

}
