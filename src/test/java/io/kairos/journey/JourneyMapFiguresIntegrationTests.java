package io.kairos.journey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.kairos.desk.DeskTestData;
import io.kairos.desk.TicketTouchpoints;
import io.kairos.journey.mot.MotScores;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Acceptance 2: the MOT index and the journey-map figures equal values computed by hand on a fixed data set,
 * including the pain-point and peak-end flags (H2 by default, PostgreSQL with -Ppostgres).
 */
@KairosIntegrationTest
@RecordApplicationEvents
class JourneyMapFiguresIntegrationTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	final MotScores scores;

	final TicketTouchpoints tickets;

	Http http;

	String agent;

	@Autowired
	JourneyMapFiguresIntegrationTests(MotScores scores, TicketTouchpoints tickets) {
		this.scores = scores;
		this.tickets = tickets;
	}

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = DeskTestData.token(http, "agent");
	}

	/*
	 * Stage 1 (hotline a): 3, 3, 2, 0 → n 4, mean 2.0, negative 0, +3 share 0.5 — the peak.
	 * Stage 2 (visit b, hygiene): −3, −1, 1, 2, −2 → n 5, mean −0.6, negative 0.6 > 0.3 — a pain point.
	 * Stage 3 (store c, app d): c 1, 2; d 0 → n 3, mean 1.0, negative 0; tickets at c: 4, of them 2 complaints →
	 * complaint rate 0.5 > 0.25 — a pain point, and the end. Ticket at a: 1 inquiry → rate 0.
	 * Journey: 12 moments, sum 8 → mean 0.6667, negative 3/12 = 0.25, +3 2/12 = 0.1667.
	 */
	@Test
	void mapAndIndexMatchTheHandComputedFigures() {
		String s = JourneyTestData.suffix();
		long a = JourneyTestData.touchpoint(http, "热线" + s, "HOTLINE");
		long b = JourneyTestData.touchpoint(http, "上门" + s, "FIELD_VISIT");
		long c = JourneyTestData.touchpoint(http, "营业厅" + s, "STORE");
		long d = JourneyTestData.touchpoint(http, "App" + s, "APP");
		JsonNode journey = JourneyTestData.journey(http, "手算旅程" + s, new long[][] { { a }, { b }, { c, d } }, "报装",
				"上门", "回访");
		long journeyId = journey.get("id").asLong();
		long s1 = journey.get("stages").get(0).get("id").asLong();
		long s2 = journey.get("stages").get(1).get("id").asLong();
		long s3 = journey.get("stages").get(2).get("id").asLong();
		Instant at = Instant.now().minusSeconds(60);
		for (int score : new int[] { 3, 3, 2, 0 }) {
			scores.record(score, MotSource.QA_REVIEW, a, s1, null, null, null, at);
		}
		for (int score : new int[] { -3, -1, 1, 2, -2 }) {
			scores.record(score, MotSource.AGENT_SELF, b, s2, null, null, null, at);
		}
		scores.record(1, MotSource.AGENT_SELF, c, s3, null, null, null, at);
		scores.record(2, MotSource.AGENT_SELF, c, s3, null, null, null, at);
		scores.record(0, MotSource.AGENT_SELF, d, s3, null, null, null, at);
		long resolved = 0;
		for (String type : new String[] { "COMPLAINT", "COMPLAINT", "INQUIRY", "REPAIR" }) {
			long ticket = DeskTestData.open(http, agent, "旅程工单" + s, "\"type\":\"" + type + "\"").get("id").asLong();
			tickets.link(ticket, c);
			resolved = ticket;
		}
		tickets.link(DeskTestData.open(http, agent, "旅程咨询" + s, "\"type\":\"INQUIRY\"").get("id").asLong(), a);
		assertThat(http.postJson("/api/v1/tickets/" + resolved + "/resolve", agent, "").statusCode()).isEqualTo(200);

		LocalDate today = LocalDate.now(ZONE);
		String period = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
		JsonNode map = await("/api/v1/journeys/" + journeyId + "/map" + period,
				m -> m.get("stages").get(2).get("tickets").asInt() == 4 && m.get("stages").get(0).get("tickets").asInt() == 1
						&& !m.get("stages").get(2).get("medianHandleMinutes").isNull());
		JsonNode first = map.get("stages").get(0);
		JsonNode second = map.get("stages").get(1);
		JsonNode third = map.get("stages").get(2);

		assertThat(first.get("volume").asInt()).isEqualTo(4);
		assertThat(first.get("mean").asDouble()).isEqualTo(2.0);
		assertThat(first.get("negativeShare").asDouble()).isEqualTo(0.0);
		assertThat(first.get("topShare").asDouble()).isEqualTo(0.5);
		assertThat(first.get("complaints").asInt()).isZero();
		assertThat(first.get("complaintRate").asDouble()).isEqualTo(0.0);
		assertThat(flags(first)).containsExactly(false, true, false);

		assertThat(second.get("volume").asInt()).isEqualTo(5);
		assertThat(second.get("mean").asDouble()).isEqualTo(-0.6);
		assertThat(second.get("negativeShare").asDouble()).isEqualTo(0.6);
		assertThat(second.get("negativeShareExceeded").asBoolean()).isTrue();
		assertThat(second.get("complaintRate").isNull()).as("no tickets, no rate").isTrue();
		assertThat(second.get("hygiene").asBoolean()).isTrue();
		assertThat(flags(second)).containsExactly(true, false, false);

		assertThat(third.get("volume").asInt()).isEqualTo(3);
		assertThat(third.get("mean").asDouble()).isEqualTo(1.0);
		assertThat(third.get("complaints").asInt()).isEqualTo(2);
		assertThat(third.get("complaintRate").asDouble()).isEqualTo(0.5);
		assertThat(third.get("complaintRateExceeded").asBoolean()).isTrue();
		assertThat(third.get("negativeShareExceeded").asBoolean()).isFalse();
		assertThat(third.get("medianHandleMinutes").asDouble()).as("one resolved ticket").isGreaterThanOrEqualTo(0.0);
		assertThat(flags(third)).containsExactly(true, false, true);
		assertThat(third.get("touchpoints").size()).isEqualTo(2);

		JsonNode byJourney = group("/api/v1/mot-index?groupBy=journey" + period.replace('?', '&'), journeyId);
		assertThat(byJourney.get("count").asInt()).isEqualTo(12);
		assertThat(byJourney.get("mean").asDouble()).isCloseTo(0.6667, within(1e-9));
		assertThat(byJourney.get("negativeShare").asDouble()).isEqualTo(0.25);
		assertThat(byJourney.get("topShare").asDouble()).isCloseTo(0.1667, within(1e-9));
		JsonNode byStage = group("/api/v1/mot-index?groupBy=stage" + period.replace('?', '&'), s2);
		assertThat(byStage.get("count").asInt()).isEqualTo(5);
		assertThat(byStage.get("mean").asDouble()).isEqualTo(-0.6);
		JsonNode byTouchpoint = group("/api/v1/mot-index?groupBy=touchpoint" + period.replace('?', '&'), c);
		assertThat(byTouchpoint.get("count").asInt()).isEqualTo(2);
		assertThat(byTouchpoint.get("mean").asDouble()).isEqualTo(1.5);
		assertThat(byTouchpoint.get("label").asString()).isEqualTo("营业厅" + s);
	}

	/*
	 * Week of Monday 2020-03-02: 3, −1 → n 2, mean 1.0, negative 0.5, +3 0.5.
	 * Week of Monday 2020-03-09: 2, 2, −3 → n 3, mean 0.3333, negative 0.3333, +3 0.
	 * Period: n 5, mean 0.6, negative 0.4, +3 0.2. A moment on 2020-03-16 00:30 (Shanghai) falls outside.
	 */
	@Test
	void theIndexTrendsByWeekInTheBusinessTimeZone(@Autowired ApplicationEvents events) {
		String s = JourneyTestData.suffix();
		long e = JourneyTestData.touchpoint(http, "微信" + s, "WECHAT");
		scores.record(3, MotSource.AGENT_SELF, e, null, null, null, null, at(2020, 3, 2, 0, 10));
		scores.record(-1, MotSource.AGENT_SELF, e, null, null, null, null, at(2020, 3, 8, 23, 50));
		scores.record(2, MotSource.QA_REVIEW, e, null, null, null, null, at(2020, 3, 9, 9, 0));
		scores.record(2, MotSource.QA_REVIEW, e, null, null, null, null, at(2020, 3, 12, 9, 0));
		scores.record(-3, MotSource.QA_REVIEW, e, null, null, null, null, at(2020, 3, 15, 23, 59));
		scores.record(-3, MotSource.QA_REVIEW, e, null, null, null, null, at(2020, 3, 16, 0, 30));

		assertThat(events.stream(MotScored.class).filter(m -> m.touchpointId() == e).map(MotScored::score))
			.as("one MotScored per score").containsExactly(3, -1, 2, 2, -3, -3);
		JsonNode group = group("/api/v1/mot-index?groupBy=touchpoint&from=2020-03-02&to=2020-03-15", e);
		assertThat(group.get("count").asInt()).isEqualTo(5);
		assertThat(group.get("mean").asDouble()).isEqualTo(0.6);
		assertThat(group.get("negativeShare").asDouble()).isEqualTo(0.4);
		assertThat(group.get("topShare").asDouble()).isEqualTo(0.2);
		JsonNode trend = group.get("trend");
		assertThat(trend.size()).isEqualTo(2);
		assertThat(trend.get(0).get("week").asString()).isEqualTo("2020-03-02");
		assertThat(trend.get(0).get("count").asInt()).isEqualTo(2);
		assertThat(trend.get(0).get("mean").asDouble()).isEqualTo(1.0);
		assertThat(trend.get(0).get("negativeShare").asDouble()).isEqualTo(0.5);
		assertThat(trend.get(0).get("topShare").asDouble()).isEqualTo(0.5);
		assertThat(trend.get(1).get("week").asString()).isEqualTo("2020-03-09");
		assertThat(trend.get(1).get("count").asInt()).isEqualTo(3);
		assertThat(trend.get(1).get("mean").asDouble()).isEqualTo(0.3333);
		assertThat(trend.get(1).get("negativeShare").asDouble()).isEqualTo(0.3333);
		assertThat(trend.get(1).get("topShare").asDouble()).isEqualTo(0.0);
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZONE).toInstant();
	}

	private static java.util.List<Boolean> flags(JsonNode stage) {
		return java.util.List.of(stage.get("pain").asBoolean(), stage.get("peak").asBoolean(), stage.get("end").asBoolean());
	}

	private JsonNode group(String path, long key) {
		for (JsonNode group : Http.json(http.get(path, agent).body()).get("groups")) {
			if (!group.get("key").isNull() && group.get("key").asLong() == key) {
				return group;
			}
		}
		throw new AssertionError("No group " + key + " in " + path);
	}

	private JsonNode await(String path, Predicate<JsonNode> ready) {
		// Ticket figures come from the desk's events, handled after commit behind whatever else the suite queued.
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		JsonNode last = null;
		while (Instant.now().isBefore(deadline)) {
			last = Http.json(http.get(path, agent).body());
			if (ready.test(last)) {
				return last;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("Not ready: " + last);
	}

}
