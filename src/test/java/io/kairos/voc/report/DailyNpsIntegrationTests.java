package io.kairos.voc.report;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.voc.NetPromoterScore;
import io.kairos.voc.VocLoopTestData;
import io.kairos.voc.VocTestData;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NPS day roll-up: on a fixed set of imported responses every answer it gives (overall, per segment, tier and
 * channel, filtered, trends by day, week and month) is the one counted over the responses; the endpoints read it
 * where it holds the answer and the responses otherwise; a rebuild gives the rows the responses' own transactions
 * wrote; a response through a public survey link reaches it; rows of another time zone are recounted at start-up;
 * two transactions creating the same row both count.
 */
@KairosIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DailyNpsIntegrationTests {

	/** NPS optional, so that a response without one is stored too (and counted nowhere). */
	static final String QUESTIONS = """
			[{"code":"nps","type":"NPS","required":false,"text":{"zh-CN":"推荐可能性","en":"Likelihood to recommend"}},
			 {"code":"csat","type":"CSAT","required":false,"text":{"zh-CN":"满意度","en":"Satisfaction"}}]""";

	/** "-" is a real segment here: it must not merge with the responses without one. */
	static final String[] SEGMENTS = { "华东", "华北", "-", null };

	static final String[] TIERS = { "GOLD", "SILVER", null };

	static final String[] CHANNELS = { "HOTLINE", "WECHAT", null };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NpsReport report;

	@Autowired
	DailyNpsCounts daily;

	@Autowired
	ResponseNpsCounts responses;

	@Autowired
	ReportParameters parameters;

	@Autowired
	DailyNpsRebuild rebuild;

	@Autowired
	DailyNps writer;

	@Autowired
	PlatformTransactionManager transactions;

	Http http;

	String manager;

	String analyst;

	@BeforeEach
	void client() {
		http = new Http(port);
		manager = DeskTestData.token(http, "manager");
		analyst = DeskTestData.token(http, "analyst");
	}

	@Test
	@Order(1)
	void aRebuildGivesTheRowsTheResponsesOwnTransactionsWrote() {
		importFixedSet("日汇总-重建");
		long demo = jdbc.sql("""
				select count(*) from survey_nps_daily d join survey s on s.id = d.survey_id
				where s.name = '工单解决后服务回访'""").query(Long.class).single();
		assertThat(demo).as("the demo responses' rows, counted when they were loaded").isPositive();
		List<String> incremental = rows();

		HttpResponse<String> refused = postRebuild(analyst);
		assertThat(refused.statusCode()).as("voc.read alone may not rebuild").isEqualTo(403);
		HttpResponse<String> rebuilt = postRebuild(manager);
		assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);

		assertThat(rows()).isEqualTo(incremental);
		JsonNode result = Http.json(rebuilt.body());
		assertThat(result.get("rows").asLong()).isEqualTo(incremental.size());
		assertThat(result.get("answers").asLong())
			.isEqualTo(jdbc.sql("select count(*) from survey_response where nps is not null").query(Long.class).single());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'voc.nps-daily.rebuilt' and actor = 'manager'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	@Order(2)
	void everyRolledUpAnswerIsTheAnswerCountedOverTheResponses() {
		long survey = importFixedSet("日汇总-对照");
		List<ResponseFilter> filters = List.of(filter(survey, null, null, null, null, null),
				filter(survey, "2026-01-01", "2026-01-31", null, null, null),
				filter(survey, "2026-03-02", null, null, null, null), filter(survey, null, "2026-03-01", null, null, null),
				filter(survey, null, null, "华东", null, null), filter(survey, null, null, "-", null, null),
				filter(survey, null, null, null, "GOLD", null), filter(survey, null, null, null, null, "WECHAT"),
				filter(survey, "2026-02-01", "2026-03-31", "华北", "SILVER", "HOTLINE"),
				filter(null, null, null, null, null, null));
		for (ResponseFilter filter : filters) {
			assertThat(daily.covers(filter, null)).as("rolled up: %s", filter).isTrue();
			assertThat(report.overall(filter)).as("overall %s", filter).isEqualTo(responses.overall(filter));
			for (NpsGrouping grouping : List.of(NpsGrouping.SEGMENT, NpsGrouping.TIER, NpsGrouping.CHANNEL)) {
				assertThat(daily.covers(filter, grouping)).isTrue();
				assertThat(report.grouped(filter, grouping)).as("%s %s", grouping, filter)
					.isEqualTo(responses.grouped(filter, grouping));
			}
		}
		ResponseFilter all = filters.get(0);
		NetPromoterScore overall = responses.overall(all);
		assertThat(overall.n()).as("responses without an NPS answer are not counted").isEqualTo(123);
		assertThat(responses.grouped(all, NpsGrouping.SEGMENT)).extracting(NpsReport.Group::group)
			.containsExactlyInAnyOrder("-", "华北", "华东", null);

		ResponseFilter segment = filters.get(4);
		for (ResponseFilter filter : List.of(all, segment)) {
			trend(filter, Periods.DAY, "2026-02-27T00:00:00Z", "2026-03-03T00:00:00Z");
			trend(filter, Periods.WEEK, "2025-12-20T00:00:00Z", "2026-03-06T00:00:00Z");
			trend(filter, Periods.MONTH, "2025-12-01T00:00:00Z", "2026-03-31T00:00:00Z");
		}
		List<Instant> days = Periods.DAY.boundaries(Instant.parse("2026-03-01T00:00:00Z"),
				Instant.parse("2026-03-02T00:00:00Z"), parameters.zone());
		ResponseFilter midnight = filter(survey, null, null, "华东", "GOLD", "STORE");
		assertThat(responses.trend(midnight, days)).extracting(score -> score.promoters() + "/" + score.detractors())
			.as("the answers on either side of midnight in Shanghai (16:00 UTC), and no others with this context")
			.containsExactly("1/1", "0/1");
		trend(midnight, Periods.DAY, "2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z");

		// The same through the endpoints.
		JsonNode grouped = VocTestData.get(http, analyst, "/api/v1/nps?surveyId=" + survey + "&groupBy=segment");
		List<NpsReport.Group> expected = responses.grouped(all, NpsGrouping.SEGMENT);
		assertThat(grouped.get("groups")).hasSize(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			JsonNode group = grouped.get("groups").get(i);
			assertThat(group.get("group").isNull() ? null : group.get("group").asString())
				.isEqualTo(expected.get(i).group());
			assertSummary(group, expected.get(i).score());
		}
		assertSummary(VocTestData.get(http, analyst, "/api/v1/nps?surveyId=" + survey + "&from=2026-03-02&tier=GOLD"),
				responses.overall(filter(survey, "2026-03-02", null, null, "GOLD", null)));
		JsonNode trend = VocTestData.get(http, analyst,
				"/api/v1/nps/trend?surveyId=" + survey + "&from=2025-12-01&to=2026-03-31&period=month");
		NetPromoterScore[] months = responses.trend(all, Periods.MONTH.boundaries(Instant.parse("2025-12-01T00:00:00Z"),
				Instant.parse("2026-03-31T00:00:00Z"), parameters.zone()));
		assertThat(trend).hasSize(4);
		for (int i = 0; i < 4; i++) {
			assertSummary(trend.get(i).get("score"), months[i] == null ? new NetPromoterScore(0, 0, 0) : months[i]);
		}
	}

	@Test
	@Order(3)
	void theEndpointsReadTheRollUpWhereItHoldsTheAnswerAndTheResponsesOtherwise() {
		long survey = importFixedSet("日汇总-路径");
		ResponseFilter all = filter(survey, null, null, null, null, null);
		NetPromoterScore counted = responses.overall(all);
		String base = "/api/v1/nps?surveyId=" + survey;
		// A detractor only the roll-up knows of: whoever reads the roll-up reports it.
		assertThat(jdbc.sql("update survey_nps_daily set detractors = detractors + 1 where survey_id = :s"
				+ " and stat_date = :d and segment = '华东' and tier = 'GOLD' and channel = 'STORE'")
			.param("s", survey)
			.param("d", LocalDate.parse("2026-03-01"))
			.update()).isEqualTo(1);
		try {
			long planted = counted.detractors() + 1;
			assertThat(VocTestData.get(http, analyst, base).get("detractors").asLong()).isEqualTo(planted);
			assertThat(VocTestData.get(http, analyst, base + "&from=2026-03-01&to=2026-03-01&segment=%E5%8D%8E%E4%B8%9C")
				.get("detractors")
				.asLong()).isEqualTo(responses
					.overall(filter(survey, "2026-03-01", "2026-03-01", "华东", null, null))
					.detractors() + 1);
			assertThat(sum(VocTestData.get(http, analyst, base + "&groupBy=tier").get("groups"))).isEqualTo(planted);
			assertThat(sum(VocTestData.get(http, analyst, base + "&groupBy=channel").get("groups"))).isEqualTo(planted);
			long trend = 0;
			for (JsonNode period : VocTestData.get(http, analyst,
					"/api/v1/nps/trend?surveyId=" + survey + "&from=2025-12-01&to=2026-03-31&period=week")) {
				trend += period.get("score").get("detractors").asLong();
			}
			assertThat(trend).isEqualTo(planted);

			// Questions the roll-up does not hold: counted over the responses.
			assertThat(VocTestData.get(http, analyst, base + "&team=1").get("detractors").asLong())
				.isEqualTo(responses.overall(new ResponseFilter(survey, null, null, null, null, null, null, 1L, null))
					.detractors());
			assertThat(VocTestData.get(http, analyst, base + "&touchpoint=3").get("detractors").asLong())
				.isEqualTo(responses.overall(new ResponseFilter(survey, null, null, null, null, null, 3L, null, null))
					.detractors());
			assertThat(sum(VocTestData.get(http, analyst, base + "&groupBy=team").get("groups")))
				.isEqualTo(counted.detractors());
			assertThat(sum(VocTestData.get(http, analyst, base + "&groupBy=agent").get("groups")))
				.isEqualTo(counted.detractors());
			assertThat(VocTestData.get(http, analyst, base + "&from=2025-12-01T00:00:00Z").get("detractors").asLong())
				.as("midnight UTC is 08:00 in Shanghai").isEqualTo(counted.detractors());
			assertThat(VocTestData.get(http, analyst, base + "&from=2025-11-30T16:00:00Z").get("detractors").asLong())
				.as("midnight in Shanghai, given as an instant").isEqualTo(planted);
			List<Instant> shifted = List.of(Instant.parse("2026-02-28T17:00:00Z"), Instant.parse("2026-03-01T17:00:00Z"),
					Instant.parse("2026-03-02T17:00:00Z"));
			assertThat(daily.coversTrend(all, shifted)).isFalse();
			assertThat(report.trend(all, shifted)).extracting(period -> period.score())
				.containsExactly(orZero(responses.trend(all, shifted)));
		}
		finally {
			assertThat(postRebuild(manager).statusCode()).isEqualTo(200);
		}
		assertThat(VocTestData.get(http, analyst, base).get("detractors").asLong())
			.as("the rebuild counts the responses, not the roll-up").isEqualTo(counted.detractors());
	}

	@Test
	@Order(4)
	void aResponseThroughAPublicSurveyLinkReachesTheRollUp() {
		long survey = VocTestData.publishedSurvey(http, manager, "日汇总-公开链接", "TRANSACTIONAL",
				VocTestData.BASIC_QUESTIONS);
		HttpResponse<String> issued = http.postJson("/api/v1/surveys/" + survey + "/invitations", manager, "{}");
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		String link = Http.json(issued.body()).get("link").asString();
		assertThat(rowsOf(survey)).isEmpty();

		HttpResponse<String> answered = VocLoopTestData.answer(port, link.substring(link.lastIndexOf('/') + 1), "q.nps",
				"3", "action", "submit");
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);

		OffsetDateTime at = jdbc.sql("select responded_at from survey_response where survey_id = :s")
			.param("s", survey)
			.query(OffsetDateTime.class)
			.single();
		assertThat(rowsOf(survey)).containsExactly(at.toInstant().atZone(parameters.zone()).toLocalDate() + " 0/0/1");
		JsonNode nps = VocTestData.get(http, analyst, "/api/v1/nps?surveyId=" + survey);
		assertThat(daily.covers(filter(survey, null, null, null, null, null), null)).isTrue();
		assertThat(nps.get("detractors").asLong()).isEqualTo(1);
		assertThat(nps.get("nps").asDouble()).isEqualTo(-100.0);
	}

	@Test
	@Order(5)
	void rowsCountedInAnotherZoneAreCountedOverAgainAtStartUpAndNotReadUntilThen() {
		long survey = importFixedSet("日汇总-时区");
		ResponseFilter all = filter(survey, null, null, null, null, null);
		List<String> counted = rows();
		long rebuilds = systemRebuilds();
		jdbc.sql("update survey_nps_daily_zone set zone = 'UTC'").update();
		try {
			assertThat(daily.covers(all, null)).isFalse();
			assertThat(daily.coversTrend(all, Periods.DAY.boundaries(Instant.parse("2026-03-01T00:00:00Z"),
					Instant.parse("2026-03-02T00:00:00Z"), parameters.zone()))).isFalse();
			assertThat(report.overall(all)).isEqualTo(responses.overall(all));

			rebuild.run(null);
		}
		finally {
			jdbc.sql("update survey_nps_daily_zone set zone = :zone").param("zone", parameters.zone().getId()).update();
		}
		assertThat(rows()).isEqualTo(counted);
		assertThat(daily.covers(all, null)).isTrue();
		assertThat(systemRebuilds()).as("the start-up rebuild").isEqualTo(rebuilds + 1);
	}

	private long systemRebuilds() {
		return jdbc.sql("select count(*) from audit_event where action = 'voc.nps-daily.rebuilt' and actor = 'system'")
			.query(Long.class)
			.single();
	}

	@Test
	@Order(6)
	void twoTransactionsCreatingTheSameRowBothCount() throws Exception {
		long survey = VocTestData.publishedSurvey(http, manager, "日汇总-并发", "TRANSACTIONAL", QUESTIONS);
		Instant at = Instant.parse("2026-02-10T04:00:00Z");
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		CountDownLatch firstAdded = new CountDownLatch(1);
		CountDownLatch firstMayCommit = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = pool.submit(() -> transaction.executeWithoutResult(status -> {
				writer.add(List.of(new DailyNps.Answer(survey, at, "华南", "GOLD", "APP", 10)));
				firstAdded.countDown();
				await(firstMayCommit);
			}));
			assertThat(firstAdded.await(10, TimeUnit.SECONDS)).isTrue();
			Future<?> second = pool.submit(() -> transaction.executeWithoutResult(
					status -> writer.add(List.of(new DailyNps.Answer(survey, at, "华南", "GOLD", "APP", 0)))));
			// The second finds no committed row and has to insert the one the first has not committed yet.
			Thread.sleep(500);
			firstMayCommit.countDown();
			first.get(10, TimeUnit.SECONDS);
			second.get(10, TimeUnit.SECONDS);
			assertThat(rowsOf(survey)).containsExactly("2026-02-10 1/0/1");
		}
		finally {
			firstMayCommit.countDown();
			pool.shutdownNow();
			// These answers have no responses behind them.
			jdbc.sql("delete from survey_nps_daily where survey_id = :s").param("s", survey).update();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Imports 133 responses (123 with an NPS answer) from December to March with segments, tiers and channels (some
	 * missing), teams, agents and touchpoints, three of them on March 1 and 2 around midnight in Shanghai with a
	 * context no other response has; the survey's id.
	 */
	private long importFixedSet(String name) {
		long survey = VocTestData.publishedSurvey(http, manager, name, "TRANSACTIONAL", QUESTIONS);
		Random random = new Random(20260301);
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 130; i++) {
			Instant at = Instant.parse("2025-12-01T00:00:00Z").plusSeconds(random.nextLong(100L * 86_400));
			rows.add(row(SEGMENTS[random.nextInt(SEGMENTS.length)], TIERS[random.nextInt(TIERS.length)],
					CHANNELS[random.nextInt(CHANNELS.length)], 1 + random.nextInt(2), 3 + random.nextInt(2),
					random.nextBoolean() ? null : 1L + random.nextInt(3), at, i < 120 ? random.nextInt(11) : null));
		}
		rows.add(row("华东", "GOLD", "STORE", 1, 3, null, Instant.parse("2026-03-01T15:59:59Z"), 10));
		rows.add(row("华东", "GOLD", "STORE", 1, 3, null, Instant.parse("2026-03-01T00:00:00Z"), 2));
		rows.add(row("华东", "GOLD", "STORE", 2, 4, null, Instant.parse("2026-03-01T16:00:00Z"), 0));
		HttpResponse<String> imported = http.postJson("/api/v1/surveys/" + survey + "/responses:import", manager,
				"[" + String.join(",", rows) + "]");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
		return survey;
	}

	private static String row(String segment, String tier, String channel, int team, int touchpoint, Long agent,
			Instant at, Integer nps) {
		return """
				{"segment":%s,"tier":%s,"channel":%s,"teamId":%d,"touchpointId":%d,"agentId":%s,"respondedAt":"%s",
				 "answers":{%s"csat":4}}""".formatted(text(segment), text(tier), text(channel), team, touchpoint, agent, at,
				nps == null ? "" : "\"nps\":" + nps + ",");
	}

	private static String text(String value) {
		return value == null ? "null" : "\"" + value + "\"";
	}

	private ResponseFilter filter(Long survey, String from, String to, String segment, String tier, String channel) {
		return parameters.filter(survey, from, to, segment, tier, channel, null, null, null);
	}

	private void trend(ResponseFilter filter, Periods unit, String from, String to) {
		List<Instant> boundaries = unit.boundaries(Instant.parse(from), Instant.parse(to), parameters.zone());
		assertThat(daily.coversTrend(filter, boundaries)).as("rolled up: %s %s", unit, filter).isTrue();
		NetPromoterScore[] counted = orZero(responses.trend(filter, boundaries));
		assertThat(Arrays.stream(counted).mapToLong(NetPromoterScore::n).sum()).isPositive();
		assertThat(report.trend(filter, boundaries)).extracting(NpsReport.Period::score)
			.as("%s %s", unit, filter)
			.containsExactly(counted);
	}

	private static NetPromoterScore[] orZero(NetPromoterScore[] scores) {
		return Arrays.stream(scores).map(s -> s == null ? new NetPromoterScore(0, 0, 0) : s).toArray(NetPromoterScore[]::new);
	}

	private static void assertSummary(JsonNode actual, NetPromoterScore expected) {
		NetPromoterScore.Summary summary = expected.summary();
		assertThat(actual.get("n").asLong()).isEqualTo(summary.n());
		assertThat(actual.get("promoters").asLong()).isEqualTo(summary.promoters());
		assertThat(actual.get("passives").asLong()).isEqualTo(summary.passives());
		assertThat(actual.get("detractors").asLong()).isEqualTo(summary.detractors());
		assertThat(actual.get("nps").isNull() ? null : actual.get("nps").asDouble()).isEqualTo(summary.nps());
		assertThat(actual.get("ciLow").isNull() ? null : actual.get("ciLow").asDouble()).isEqualTo(summary.ciLow());
		assertThat(actual.get("ciHigh").isNull() ? null : actual.get("ciHigh").asDouble()).isEqualTo(summary.ciHigh());
	}

	private static long sum(JsonNode groups) {
		long detractors = 0;
		for (JsonNode group : groups) {
			detractors += group.get("detractors").asLong();
		}
		return detractors;
	}

	private HttpResponse<String> postRebuild(String token) {
		return http.send(http.request("/api/v1/voc/rebuild")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.noBody()));
	}

	/** Every roll-up row as text, in key order. */
	private List<String> rows() {
		return jdbc.sql("""
				select survey_id, stat_date, segment, tier, channel, promoters, passives, detractors
				from survey_nps_daily order by survey_id, stat_date, segment, tier, channel""")
			.query((rs, n) -> rs.getLong(1) + " " + rs.getObject(2, LocalDate.class) + " [" + rs.getString(3) + "/"
					+ rs.getString(4) + "/" + rs.getString(5) + "] " + rs.getLong(6) + "/" + rs.getLong(7) + "/"
					+ rs.getLong(8))
			.list();
	}

	private List<String> rowsOf(long survey) {
		return jdbc.sql("select stat_date, promoters, passives, detractors from survey_nps_daily where survey_id = :s")
			.param("s", survey)
			.query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getLong(2) + "/" + rs.getLong(3) + "/"
					+ rs.getLong(4))
			.list();
	}

}
