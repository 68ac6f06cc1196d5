package io.kairos.voc;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.voc.score.KanoClassifier;
import io.kairos.voc.score.ServqualScore;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Acceptance 2 and 3 of the voice-of-the-customer issue: an imported response set yields through the NPS, SERVQUAL
 * and Kano endpoints exactly what the pure classes compute from the same answers; a set with one bad answer is
 * refused row by row, nothing is stored and the aggregates do not move (TESTING B-06).
 */
@KairosIntegrationTest
class VocSummaryIntegrationTests {

	static final String QUESTIONS = """
			[{"code":"nps","type":"NPS","text":{"zh-CN":"推荐可能性","en":"Likelihood to recommend"}},
			 {"code":"sq1","type":"SERVQUAL","servqualItem":1,"text":{"zh-CN":"设备现代化","en":"Modern equipment"}},
			 {"code":"sq6","type":"SERVQUAL","servqualItem":6,"text":{"zh-CN":"解决问题真诚","en":"Sincere interest"}},
			 {"code":"sq11","type":"SERVQUAL","servqualItem":11,"zoneOfTolerance":true,"text":{"zh-CN":"及时服务","en":"Prompt service"}},
			 {"code":"w","type":"SERVQUAL_WEIGHTS","text":{"zh-CN":"重要性","en":"Importance"}},
			 {"code":"k1","type":"KANO","kanoFeature":"在线查询进度","text":{"zh-CN":"能在线查询时","en":"If you can track online"},
			  "dysfunctionalText":{"zh-CN":"不能在线查询时","en":"If you cannot track online"}},
			 {"code":"k2","type":"KANO","kanoFeature":"回访电话","text":{"zh-CN":"有回访时","en":"With a call back"},
			  "dysfunctionalText":{"zh-CN":"没有回访时","en":"Without a call back"}}]""";

	static final String[] KANO = { "LIKE", "EXPECT", "NEUTRAL", "TOLERATE", "DISLIKE" };

	@LocalServerPort
	int port;

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
	void anImportedSetYieldsWhatThePureClassesCompute() {
		long survey = VocTestData.publishedSurvey(http, manager, "导入-汇总", "SERVQUAL", QUESTIONS);
		Random random = new Random(20261207);
		List<String> rows = new ArrayList<>();
		int[] npsScores = new int[90];
		List<ServqualScore.Cell> cells = new ArrayList<>();
		List<ServqualScore.WeightCell> weights = new ArrayList<>();
		List<KanoClassifier.Pair> k1 = new ArrayList<>();
		List<KanoClassifier.Pair> k2 = new ArrayList<>();
		String[] segments = { "华东", "华北", "华南" };
		int[] perSegment = new int[3];
		int[][] groupCounts = new int[3][3];
		for (int i = 0; i < npsScores.length; i++) {
			int nps = random.nextInt(11);
			npsScores[i] = nps;
			int segment = random.nextInt(3);
			perSegment[segment]++;
			groupCounts[segment][NetPromoterScore.group(nps).ordinal()]++;
			int e1 = 1 + random.nextInt(7), p1 = 1 + random.nextInt(7), e6 = 1 + random.nextInt(7), p6 = 1 + random.nextInt(7);
			int d11 = 1 + random.nextInt(7), a11 = 1 + random.nextInt(7), p11 = 1 + random.nextInt(7);
			int t = random.nextInt(41), r = random.nextInt(100 - t - 20 + 1), s = 20, a = random.nextInt(100 - t - r - s + 1);
			int em = 100 - t - r - s - a;
			String f1 = KANO[random.nextInt(5)], d1 = KANO[random.nextInt(5)], f2 = KANO[random.nextInt(5)], dd2 = KANO[random.nextInt(5)];
			cells.add(new ServqualScore.Cell(1, e1, null, null, p1, 1));
			cells.add(new ServqualScore.Cell(6, e6, null, null, p6, 1));
			cells.add(new ServqualScore.Cell(11, null, d11, a11, p11, 1));
			weights.add(new ServqualScore.WeightCell(new int[] { t, r, s, a, em }, 1));
			k1.add(new KanoClassifier.Pair(KanoClassifier.Answer.valueOf(f1), KanoClassifier.Answer.valueOf(d1), 1));
			k2.add(new KanoClassifier.Pair(KanoClassifier.Answer.valueOf(f2), KanoClassifier.Answer.valueOf(dd2), 1));
			rows.add("""
					{"segment":"%s","respondedAt":"2026-0%d-15T08:00:00Z","answers":{"nps":%d,
					 "sq1":{"expectation":%d,"perception":%d},"sq6":{"expectation":%d,"perception":%d},
					 "sq11":{"desired":%d,"adequate":%d,"perception":%d},
					 "w":{"tangibles":%d,"reliability":%d,"responsiveness":%d,"assurance":%d,"empathy":%d},
					 "k1":{"functional":"%s","dysfunctional":"%s"},"k2":{"functional":"%s","dysfunctional":"%s"}}}"""
				.formatted(segments[segment], 1 + i % 6, nps, e1, p1, e6, p6, d11, a11, p11, t, r, s, a, em, f1, d1, f2, dd2));
		}
		HttpResponse<String> imported = http.postJson("/api/v1/surveys/" + survey + "/responses:import", manager,
				"[" + String.join(",", rows) + "]");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
		assertThat(Http.json(imported.body()).get("stored").asInt()).isEqualTo(90);

		// NPS overall and per segment, exactly as NetPromoterScore computes them.
		NetPromoterScore.Summary expected = NetPromoterScore.of(npsScores).summary();
		JsonNode nps = VocTestData.get(http, analyst, "/api/v1/nps?surveyId=" + survey);
		assertSummary(nps, expected);
		JsonNode grouped = VocTestData.get(http, analyst, "/api/v1/nps?surveyId=" + survey + "&groupBy=segment");
		assertThat(grouped.get("groups")).hasSize(3);
		for (JsonNode group : grouped.get("groups")) {
			int s = List.of(segments).indexOf(group.get("group").asString());
			assertSummary(group, new NetPromoterScore(groupCounts[s][0], groupCounts[s][1], groupCounts[s][2]).summary());
		}
		JsonNode filtered = VocTestData.get(http, analyst, "/api/v1/nps?surveyId=" + survey + "&segment=%E5%8D%8E%E4%B8%9C");
		assertThat(filtered.get("n").asLong()).isEqualTo(perSegment[0]);

		// Trend by month and the before/after comparison (January–March against April–June).
		JsonNode trend = VocTestData.get(http, analyst, "/api/v1/nps/trend?surveyId=" + survey
				+ "&from=2026-01-01&to=2026-06-30&period=month");
		assertThat(trend).hasSize(6);
		int[] firstHalf = new int[3];
		int[] secondHalf = new int[3];
		for (int i = 0; i < npsScores.length; i++) {
			(i % 6 < 3 ? firstHalf : secondHalf)[NetPromoterScore.group(npsScores[i]).ordinal()]++;
		}
		NpsComparison.Summary comparison = new NpsComparison(new NetPromoterScore(firstHalf[0], firstHalf[1], firstHalf[2]),
				new NetPromoterScore(secondHalf[0], secondHalf[1], secondHalf[2])).summary();
		JsonNode compared = VocTestData.get(http, analyst, "/api/v1/nps/compare?surveyId=" + survey
				+ "&beforeFrom=2026-01-01&beforeTo=2026-03-31&afterFrom=2026-04-01&afterTo=2026-06-30");
		assertThat(compared.get("difference").asDouble()).isEqualTo(comparison.difference());
		assertThat(compared.get("z").asDouble()).isEqualTo(comparison.z());
		assertThat(compared.get("significant").asBoolean()).isEqualTo(comparison.significant());
		assertThat(trend.get(0).get("score").get("n").asLong() + trend.get(1).get("score").get("n").asLong()
				+ trend.get(2).get("score").get("n").asLong()).isEqualTo(comparison.before().n());

		// SERVQUAL items, dimensions, the three overall figures and the zone of tolerance.
		ServqualScore.Result servqual = ServqualScore.score(cells, weights);
		JsonNode sq = VocTestData.get(http, analyst, "/api/v1/servqual?surveyId=" + survey);
		assertThat(sq.get("items")).hasSize(3);
		for (int i = 0; i < 3; i++) {
			ServqualScore.Item item = servqual.items().get(i);
			JsonNode actual = sq.get("items").get(i);
			assertThat(actual.get("item").asInt()).isEqualTo(item.item());
			assertClose(actual.get("gap"), item.gap());
			assertClose(actual.get("msa"), item.msa());
			assertClose(actual.get("mss"), item.mss());
		}
		for (int i = 0; i < servqual.dimensions().size(); i++) {
			ServqualScore.DimensionScore dimension = servqual.dimensions().get(i);
			JsonNode actual = sq.get("dimensions").get(i);
			assertThat(actual.get("dimension").asString()).isEqualTo(dimension.dimension().name());
			assertClose(actual.get("gap"), dimension.gap());
			assertClose(actual.get("weight"), dimension.weight());
			assertClose(actual.get("msa"), dimension.msa());
		}
		assertClose(sq.get("unweighted"), servqual.unweighted());
		assertClose(sq.get("itemMean"), servqual.itemMean());
		assertClose(sq.get("weighted"), servqual.weighted());

		// Kano per feature.
		JsonNode kano = VocTestData.get(http, analyst, "/api/v1/kano?surveyId=" + survey);
		assertThat(kano).hasSize(2);
		for (JsonNode feature : kano) {
			KanoClassifier.Result result = KanoClassifier
				.evaluate(feature.get("feature").asString().equals("在线查询进度") ? k1 : k2);
			for (KanoClassifier.Category category : KanoClassifier.Category.values()) {
				assertThat(feature.get("counts").get(category.name()).asLong()).isEqualTo(result.count(category));
			}
			assertThat(feature.get("categories").toString())
				.isEqualTo(result.categories().stream().map(c -> "\"" + c + "\"").toList().toString().replace(" ", ""));
			assertClose(feature.get("better"), result.better());
			assertClose(feature.get("worse"), result.worse());
		}
	}

	@Test
	void oneBadAnswerRefusesTheWholeImportRowByRowAndTheAggregatesStay() {
		long survey = VocTestData.publishedSurvey(http, manager, "导入-拒绝", "TRANSACTIONAL", VocTestData.BASIC_QUESTIONS);
		HttpResponse<String> first = http.postJson("/api/v1/surveys/" + survey + "/responses:import", manager,
				"[{\"answers\":{\"nps\":10}},{\"answers\":{\"nps\":3}}]");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		JsonNode before = VocTestData.get(http, analyst, "/api/v1/nps?surveyId=" + survey);

		HttpResponse<String> refused = http.send(http.request("/api/v1/surveys/" + survey + "/responses:import")
			.header("Authorization", "Bearer " + manager)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
					[{"answers":{"nps":9}},{"answers":{"nps":-1}},{"answers":{"nps":11}},{"answers":{"nps":9.5}},
					 {"answers":{"nps":"10 "}},{"answers":{"nps":null}},{"answers":{"nps":8,"csat":0}},
					 {"answers":{"nps":8,"csat":6}},{"answers":{"nps":8,"channel":"fax"}},{"answers":{"nps":8,"sq1":3}},
					 {"customerId":999999999,"answers":{"nps":7}}]""")));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		JsonNode problem = Http.json(refused.body());
		JsonNode rows = problem.get("rows");
		assertThat(rows).hasSize(10);
		String[] fields = { "answers.nps", "answers.nps", "answers.nps", "answers.nps", "answers.nps", "answers.csat",
				"answers.csat", "answers.channel", "answers.sq1", "customerId" };
		for (int i = 0; i < fields.length; i++) {
			assertThat(rows.get(i).get("row").asInt()).isEqualTo(i + 2);
			assertThat(rows.get(i).get("errors").get(0).get("field").asString()).isEqualTo(fields[i]);
		}
		assertThat(rows.get(0).get("errors").get(0).get("message").asString()).contains("nps").contains("0 to 10");
		assertThat(VocTestData.get(http, analyst, "/api/v1/nps?surveyId=" + survey)).isEqualTo(before);
		assertThat(before.get("n").asInt()).isEqualTo(2);
	}

	private static void assertSummary(JsonNode actual, NetPromoterScore.Summary expected) {
		assertThat(actual.get("n").asLong()).isEqualTo(expected.n());
		assertThat(actual.get("promoters").asLong()).isEqualTo(expected.promoters());
		assertThat(actual.get("passives").asLong()).isEqualTo(expected.passives());
		assertThat(actual.get("detractors").asLong()).isEqualTo(expected.detractors());
		assertThat(actual.get("nps").asDouble()).isEqualTo(expected.nps());
		assertThat(actual.get("ciLow").asDouble()).isEqualTo(expected.ciLow());
		assertThat(actual.get("ciHigh").asDouble()).isEqualTo(expected.ciHigh());
	}

	private static void assertClose(JsonNode actual, Double expected) {
		if (expected == null) {
			assertThat(actual == null || actual.isNull()).isTrue();
			return;
		}
		assertThat(actual.asDouble()).isCloseTo(expected, within(1e-9));
	}

}
