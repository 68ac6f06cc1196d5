package io.kairos.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.analytics.GroupBy;
import io.kairos.analytics.Kpi;
import io.kairos.analytics.KpiQuery;
import io.kairos.analytics.KpiValue;
import io.kairos.analytics.Kpis;
import io.kairos.customer.CustomerId;
import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import io.kairos.voc.RecordResponse;
import io.kairos.voc.ResponseSource;
import io.kairos.voc.SurveyAnswered;
import io.kairos.voc.VocTestData;
import io.kairos.voc.response.Responses;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Survey responses recorded through the voice of the customer reach the NPS and CSAT roll-ups by their
 * {@code SurveyAnswered} events; replaying the events twice changes nothing, and a rebuild from the stored
 * responses gives the same rows. Responses carry a team id of the test's own.
 */
@KairosIntegrationTest
class SurveyFeedbackIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Responses responses;

	@Autowired
	FeedbackEvents listener;

	@Autowired
	Kpis kpis;

	@Autowired
	JdbcClient jdbc;

	@Test
	void responsesFeedNpsAndCsatOnceAndARebuildGivesTheSame() {
		Http http = new Http(port);
		long team = 6_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		long survey = VocTestData.publishedSurvey(http, DeskTestData.token(http, "manager"), "KPI 回访",
				"TRANSACTIONAL", VocTestData.BASIC_QUESTIONS);
		// NPS 10, 5, 9 → promoters 2, detractors 1: 100 × (2 − 1) ÷ 3 = 33.33; CSAT 5, 2, 4 → 2 of 3 = 66.67.
		List<Long> ids = new ArrayList<>();
		int[][] answers = { { 10, 5 }, { 5, 2 }, { 9, 4 } };
		for (int[] answer : answers) {
			ids.add(responses.record(new RecordResponse(survey, 1,
					Map.of("nps", JSON.readTree("{\"score\":" + answer[0] + "}"), "csat",
							JSON.readTree(Integer.toString(answer[1]))),
					new CustomerId(1), null, null, team, null, "WEB", "GOLD", null, null, ResponseSource.API)));
		}
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		KpiQuery query = new KpiQuery(today.minusDays(1), today.plusDays(1), GroupBy.NONE, team, null, null, null,
				null);
		Map<Kpi, KpiValue> values = await(query);
		assertThat(values.get(Kpi.NPS).value()).isEqualByComparingTo("33.33");
		assertThat(values.get(Kpi.NPS).numerator()).isEqualByComparingTo("1");
		assertThat(values.get(Kpi.CSAT).value()).isEqualByComparingTo("66.67");
		Map<String, List<Long>> incremental = rows(team);

		for (int round = 0; round < 2; round++) {
			for (long id : ids) {
				listener.on(new SurveyAnswered(id, survey, 1, new CustomerId(1), null, null, team, null, 10, 5, null,
						null, Instant.now()));
			}
		}
		// The listener may run the replays after commit on its own threads: give them time to land.
		for (int i = 0; i < 6; i++) {
			sleepAWhile();
		}
		assertThat(rows(team)).as("replaying every event twice").isEqualTo(incremental);
		assertThat(RollupSnapshot.wrongTotals(jdbc)).as("whole-day totals kept by the events").isEmpty();

		HttpResponse<String> rebuilt = http.postJson("/api/v1/analytics/rebuild", StaffAccounts.adminToken(http), "");
		assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
		assertThat(Http.json(rebuilt.body()).get("responses").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(rows(team)).as("rebuild equals incremental").isEqualTo(incremental);
		assertThat(RollupSnapshot.wrongTotals(jdbc)).as("whole-day totals after the rebuild").isEmpty();
	}

	Map<Kpi, KpiValue> await(KpiQuery query) {
		for (int i = 0; i < 120; i++) {
			Map<Kpi, KpiValue> values = KpiFixedDataIntegrationTests.byKpi(kpis.compute(query));
			KpiValue nps = values.get(Kpi.NPS);
			if (nps != null && nps.denominator() != null && nps.denominator().intValue() == 3) {
				return values;
			}
			sleepAWhile();
		}
		return fail("NPS not counted");
	}

	Map<String, List<Long>> rows(long team) {
		Map<String, List<Long>> rows = new TreeMap<>();
		jdbc.sql("""
				select stat_date, agent_id, channel, tier, nps_n, nps_promoters, nps_detractors, csat_n, csat_satisfied
				from analytics_survey_daily where team_id = :team""")
			.param("team", team)
			.query(rs -> {
				rows.put(rs.getDate(1) + "|" + rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getString(4),
						List.of(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
			});
		return rows;
	}

	static void sleepAWhile() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
