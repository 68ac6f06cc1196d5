package io.kairos.customer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Segments end to end: a segment's member count is the number of customers its rule matches (on customers made
 * here, confined by a unique tag), preview, members masked and paged, allow-lists, permissions, stale
 * writes, one history row per day (F-07), the built-in segments and the builder's live count fragment.
 */
@KairosIntegrationTest
class SegmentIntegrationTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Http http;

	String tag;

	List<String> mobiles = new ArrayList<>();

	@BeforeEach
	void client() {
		http = new Http(port);
		tag = "seg-" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
	}

	/** Five customers with the tag and one without; the rule below matches exactly three of them. */
	long[] customers() {
		String agent = CustomerTestData.token(http, "agent");
		return new long[] { customer(agent, "PURCHASE", "[\"PHONE\"]", null, true),
				customer(agent, "AWARE", "[\"SMS\",\"PHONE\"]", null, true),
				customer(agent, "AWARE", "[\"PHONE\",\"SMS\"]", null, true),
				customer(agent, "CONSUMPTION", "[]", "1950-03-01", true),
				customer(agent, "CONSUMPTION", "[]", "1990-03-01", true),
				customer(agent, "PURCHASE", "[\"SMS\"]", "1950-03-01", false) };
	}

	/** stage PURCHASE, or first choice SMS, or a senior — each only among customers with the tag. */
	String rule() {
		return """
				{"groups":[
				 {"conditions":[{"field":"tag","operator":"in","values":["%1$s"]},{"field":"stage","operator":"in","values":["PURCHASE"]}]},
				 {"conditions":[{"field":"tag","operator":"in","values":["%1$s"]},{"field":"channel","operator":"first_in","values":["SMS"]}]},
				 {"conditions":[{"field":"tag","operator":"in","values":["%1$s"]},{"field":"ageBand","operator":"in","values":["SENIOR"]}]}]}"""
			.formatted(tag);
	}

	@Test
	void aSegmentsMemberCountIsTheNumberOfCustomersItsRuleMatches() {
		long[] ids = customers();
		String manager = CustomerTestData.token(http, "manager");

		HttpResponse<String> created = http.postJson("/api/v1/segments", manager,
				"{\"nameEn\":\"Test " + tag + "\",\"nameZh\":\"测试\",\"rule\":" + rule() + ",\"defaultChannels\":[\"SMS\"]}");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode segment = Http.json(created.body());
		assertThat(segment.get("memberCount").asLong()).isEqualTo(3);
		long id = segment.get("id").asLong();
		JsonNode members = Http.json(http.get("/api/v1/segments/" + id + "/members", manager).body());
		List<Long> memberIds = new ArrayList<>();
		members.get("items").forEach(item -> memberIds.add(item.get("id").asLong()));
		assertThat(memberIds).containsExactly(ids[3], ids[1], ids[0]);
		assertThat(members.toString()).doesNotContain(mobiles.toArray(String[]::new));
		assertThat(members.get("items").get(0).get("mobile").asString()).isEqualTo(CustomerTestData.masked(mobiles.get(3)));
		JsonNode firstPage = Http.json(http.get("/api/v1/segments/" + id + "/members?size=2", manager).body());
		JsonNode secondPage = Http.json(http
			.get("/api/v1/segments/" + id + "/members?size=2&cursor=" + firstPage.get("nextCursor").asString(), manager)
			.body());
		assertThat(firstPage.get("items")).hasSize(2);
		assertThat(secondPage.get("items")).hasSize(1);
		assertThat(secondPage.get("items").get(0).get("id").asLong()).isEqualTo(ids[0]);
		assertThat(secondPage.get("nextCursor").isNull()).isTrue();
	}

	@Test
	void valueFiguresSelectCustomersByTheirTwelveMonthSpendAndHoldings() {
		long[] ids = customers();
		String manager = CustomerTestData.token(http, "manager");
		TierTestData.fact(http, manager, ids[0], "6000", TierTestData.daysAgo(10), "PURCHASE");
		TierTestData.fact(http, manager, ids[1], "6000", TierTestData.daysAgo(10), "PURCHASE");
		TierTestData.fact(http, manager, ids[1], "2000", TierTestData.daysAgo(5), "REFUND");
		TierTestData.fact(http, manager, ids[2], "9000", TierTestData.daysAgo(400), "PURCHASE");
		TierTestData.fact(http, manager, ids[3], "50000", TierTestData.daysAgo(30), "HOLDING");
		String agent = CustomerTestData.token(http, "agent");

		// Only ids[0] spent 5,000 or more in twelve months: ids[1]'s refund and ids[2]'s old purchase do not count.
		assertThat(preview(agent, "spend12m", "gte", "5000")).isEqualTo(1);
		assertThat(preview(agent, "spend12m", "lte", "4000")).isEqualTo(4);
		assertThat(preview(agent, "holdings", "gte", "50000")).isEqualTo(1);
		assertThat(preview(agent, "holdings", "gte", "50000.01")).isZero();
	}

	@Test
	void theRfmCellOfTheLastTierEvaluationSelectsCustomers() {
		long[] ids = customers();
		String manager = CustomerTestData.token(http, "manager");
		TierTestData.fact(http, manager, ids[0], "9000000", TierTestData.daysAgo(1), "PURCHASE");
		TierTestData.fact(http, manager, ids[1], "1", TierTestData.daysAgo(300), "PURCHASE");
		TierTestData.evaluate(http, manager);
		String agent = CustomerTestData.token(http, "agent");

		// Only the two buyers have a cell; the largest buyer of all is in the best monetary fifth.
		assertThat(preview(agent, "rfmScore", "gte", "3")).isEqualTo(2);
		assertThat(preview(agent, "rfmM", "gte", "5")).isEqualTo(1);
		assertThat(preview(agent, "rfmScore", "lte", "15")).isEqualTo(2);
		java.util.Map<String, Object> cell = jdbc.sql("select * from customer_rfm where customer = :id").param("id", ids[0])
			.query().singleRow();
		assertThat(cell.get("rfm_m")).isEqualTo(5);
		assertThat(((Number) cell.get("rfm_score")).intValue()).isEqualTo(((Number) cell.get("rfm_r")).intValue()
				+ ((Number) cell.get("rfm_f")).intValue() + 5);
		assertThat(jdbc.sql("select count(*) from customer_rfm where customer = :id").param("id", ids[2]).query(Long.class)
			.single()).isZero();

		HttpResponse<String> refused = http.postJson("/api/v1/segments/preview", agent, """
				{"rule":{"groups":[{"conditions":[{"field":"rfmScore","operator":"gte","values":["16"]}]}]}}""");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Http.json(refused.body()).get("errors").findValuesAsString("field"))
			.containsExactly("rule.groups[0].conditions[0].values");
	}

	long preview(String token, String field, String operator, String amount) {
		HttpResponse<String> response = http.postJson("/api/v1/segments/preview", token, """
				{"rule":{"groups":[{"conditions":[{"field":"tag","operator":"in","values":["%s"]},
				 {"field":"%s","operator":"%s","values":["%s"]}]}]}}""".formatted(tag, field, operator, amount));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response.body()).get("memberCount").asLong();
	}

	@Test
	void previewCountsAnUnsavedRule() {
		customers();
		String agent = CustomerTestData.token(http, "agent");

		HttpResponse<String> all = http.postJson("/api/v1/segments/preview", agent,
				"{\"rule\":{\"groups\":[{\"conditions\":[{\"field\":\"tag\",\"operator\":\"in\",\"values\":[\"" + tag
						+ "\"]}]}]}}");
		HttpResponse<String> matching = http.postJson("/api/v1/segments/preview", agent, "{\"rule\":" + rule() + "}");
		HttpResponse<String> notSenior = http.postJson("/api/v1/segments/preview", agent,
				"{\"rule\":{\"groups\":[{\"conditions\":[{\"field\":\"tag\",\"operator\":\"in\",\"values\":[\"" + tag
						+ "\"]},{\"field\":\"ageBand\",\"operator\":\"not_in\",\"values\":[\"SENIOR\"]}]}]}}");

		assertThat(Http.json(all.body()).get("memberCount").asLong()).as(all.body()).isEqualTo(5);
		assertThat(Http.json(matching.body()).get("memberCount").asLong()).isEqualTo(3);
		assertThat(Http.json(notSenior.body()).get("memberCount").asLong()).as("birthday known and not senior")
			.isEqualTo(1);
	}

	// unknown fields, operators and values are refused with 400, never run
	@Test
	void unknownFieldsOperatorsAndValuesAre400() {
		String agent = CustomerTestData.token(http, "agent");
		String[][] cases = { { "name", "in", "x", "rule.groups[0].conditions[0].field" },
				{ "tier; select pg_sleep(5)", "in", "GOLD", "rule.groups[0].conditions[0].field" },
				{ "tier", "' OR 1=1--", "GOLD", "rule.groups[0].conditions[0].operator" },
				{ "tier", "in", "GOLD') or (1=1", "rule.groups[0].conditions[0].values" } };
		for (String[] bad : cases) {
			HttpResponse<String> response = http.postJson("/api/v1/segments/preview", agent,
					"{\"rule\":{\"groups\":[{\"conditions\":[{\"field\":\"" + bad[0] + "\",\"operator\":\"" + bad[1]
							+ "\",\"values\":[\"" + bad[2] + "\"]}]}]}}");

			assertThat(response.statusCode()).as(String.join(" ", bad)).isEqualTo(400);
			assertThat(Http.json(response.body()).get("errors").get(0).get("field").asString()).isEqualTo(bad[3]);
		}
		HttpResponse<String> extra = http.postJson("/api/v1/segments/preview", agent,
				"{\"rule\":{\"groups\":[{\"conditions\":[{\"field\":\"tier\",\"operator\":\"in\",\"values\":[\"GOLD\"],\"sql\":\"1=1\"}]}]}}");
		assertThat(extra.statusCode()).isEqualTo(400);
		HttpResponse<String> stored = http.postJson("/api/v1/segments", CustomerTestData.token(http, "manager"),
				"{\"nameEn\":\"x\",\"nameZh\":\"x\",\"rule\":{\"groups\":[{\"conditions\":[{\"field\":\"mobile\",\"operator\":\"in\",\"values\":[\"1\"]}]}]}}");
		assertThat(stored.statusCode()).isEqualTo(400);
	}

	@Test
	void readingNeedsCustomerReadAndChangingNeedsSegmentManage() {
		String agent = CustomerTestData.token(http, "agent");
		String body = "{\"nameEn\":\"x\",\"nameZh\":\"x\",\"rule\":" + rule() + "}";

		assertThat(http.get("/api/v1/segments", agent).statusCode()).isEqualTo(200);
		assertThat(http.postJson("/api/v1/segments", agent, body).statusCode()).isEqualTo(403);
		assertThat(http.postJson("/api/v1/segment-evaluations", agent, "").statusCode()).isEqualTo(403);
		String analyst = CustomerTestData.token(http, "analyst");
		assertThat(http.get("/api/v1/segments", analyst).statusCode()).isEqualTo(403);
		assertThat(http.postJson("/api/v1/segments/preview", analyst, "{\"rule\":" + rule() + "}").statusCode())
			.isEqualTo(403);
		assertThat(http.postJson("/api/v1/segments", CustomerTestData.token(http, "supervisor"), body).statusCode())
			.isEqualTo(201);
	}

	@Test
	void aWriteAgainstAnOlderVersionIs412() {
		String manager = CustomerTestData.token(http, "manager");
		long id = Http.json(http.postJson("/api/v1/segments", manager,
				"{\"nameEn\":\"v0\",\"nameZh\":\"v0\",\"rule\":" + rule() + "}").body()).get("id").asLong();

		HttpResponse<String> first = put("/api/v1/segments/" + id, manager, "\"0\"",
				"{\"nameEn\":\"v1\",\"nameZh\":\"v1\",\"rule\":" + rule() + "}");
		HttpResponse<String> second = put("/api/v1/segments/" + id, manager, "\"0\"",
				"{\"nameEn\":\"v2\",\"nameZh\":\"v2\",\"rule\":" + rule() + "}");

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(second.statusCode()).isEqualTo(412);
		assertThat(Http.json(http.get("/api/v1/segments/" + id, manager).body()).get("nameEn").asString()).isEqualTo("v1");
	}

	// F-07: evaluating twice on one day leaves one history row per segment, with the day's count
	@Test
	void evaluatingTwiceOnADayKeepsOneHistoryRow() {
		customers();
		String manager = CustomerTestData.token(http, "manager");
		long id = Http.json(http.postJson("/api/v1/segments", manager,
				"{\"nameEn\":\"h\",\"nameZh\":\"h\",\"rule\":" + rule() + "}").body()).get("id").asLong();

		HttpResponse<String> first = http.postJson("/api/v1/segment-evaluations", manager, "");
		customer(CustomerTestData.token(http, "agent"), "PURCHASE", "[]", null, true);
		HttpResponse<String> second = http.postJson("/api/v1/segment-evaluations", manager, "");

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(Http.json(first.body()).get(Long.toString(id)).asLong()).isEqualTo(3);
		assertThat(Http.json(second.body()).get(Long.toString(id)).asLong()).isEqualTo(4);
		JsonNode history = Http.json(http.get("/api/v1/segments/" + id + "/count-history", manager).body());
		assertThat(history).hasSize(1);
		assertThat(history.get(0).get("memberCount").asLong()).isEqualTo(4);
		JsonNode listed = findById(Http.json(http.get("/api/v1/segments", manager).body()), id);
		assertThat(listed.get("lastCount").asLong()).isEqualTo(4);
	}

	@Test
	void theFiveBuiltInSegmentsAreSeededWithTheirChannels() {
		JsonNode segments = Http.json(http.get("/api/v1/segments", CustomerTestData.token(http, "agent")).body());
		List<String> codes = new ArrayList<>();
		segments.forEach(segment -> {
			if (!segment.get("code").isNull()) {
				codes.add(segment.get("code").asString());
			}
		});

		assertThat(codes).contains("SENIORS", "BUSINESS_PEOPLE", "WAGE_EARNERS", "URBAN_WHITE_COLLAR", "STUDENTS");
		segments.forEach(segment -> {
			if ("SENIORS".equals(segment.get("code").asString(null))) {
				assertThat(segment.get("defaultChannels").toString())
					.isEqualTo("[\"VOICE_MESSAGE\",\"REFERRAL\",\"TV\",\"NEWSPAPER\"]");
				assertThat(segment.get("nameZh").asString()).isEqualTo("老年人");
			}
		});
	}

	// Acceptance 4: the builder's htmx request answers with the count fragment of the edited rule
	@Test
	void theBuilderPreviewAnswersWithTheLiveCountFragment() {
		customers();
		Http browser = new Http(port);
		browser.login("manager", Http.DEMO_PASSWORD);

		HttpResponse<String> builder = browser.send(browser.request("/segments/new").GET());
		HttpResponse<String> fragment = browser.submit("/segments/new", "/segments/preview", "g0.c0.field", "tag",
				"g0.c0.operator", "in", "g0.c0.values", tag, "g0.c1.field", "stage", "g0.c1.operator", "not_in",
				"g0.c1.values", "PURCHASE, CONSUMPTION", "g1.c0.field", "");
		HttpResponse<String> refused = browser.submit("/segments/new", "/segments/preview", "g0.c0.field", "mobile",
				"g0.c0.operator", "in", "g0.c0.values", "1");

		assertThat(builder.body()).contains("hx-post=\"/segments/preview\"").contains("id=\"live-count\"");
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).contains("id=\"live-count\"").doesNotContain("<nav");
		assertThat(fragment.body()).containsPattern("id=\"live-count-value\">2<");
		assertThat(refused.body()).contains("id=\"live-count-problem\"").doesNotContain("live-count-value");
	}

	@Test
	void theBuilderSavesASegmentFromItsGrid() {
		customers();
		Http browser = new Http(port);
		browser.login("manager", Http.DEMO_PASSWORD);

		HttpResponse<String> saved = browser.submit("/segments/new", "/segments", "nameEn", "Grid " + tag, "nameZh",
				"网格", "defaultChannels", "SMS", "g0.c0.field", "tag", "g0.c0.operator", "in", "g0.c0.values", tag);

		assertThat(saved.statusCode()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> page = browser.send(browser.request(location.replaceFirst("^https?://[^/]+", "")).GET());
		assertThat(page.body()).containsPattern("id=\"live-count-value\">5<").contains(tag);
		HttpResponse<String> list = browser.send(browser.request("/segments").GET());
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(list.body()).contains("data-segment=\"" + id + "\"").contains("data-nav=\"segments\"");
	}

	private long customer(String token, String stage, String channels, String birthday, boolean tagged) {
		String mobile = CustomerTestData.freshMobile();
		mobiles.add(mobile);
		HttpResponse<String> response = http.postJson("/api/v1/customers", token, """
				{"name":"细分测试","mobile":"%s","stage":"%s","preferredChannels":%s,"tags":%s%s}"""
			.formatted(mobile, stage, channels, tagged ? "[\"" + tag + "\"]" : "[]",
					birthday == null ? "" : ",\"birthday\":\"" + birthday + "\""));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Http.json(response.body()).get("id").asLong();
	}

	private HttpResponse<String> put(String path, String token, String ifMatch, String json) {
		return http.send(http.request(path)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("If-Match", ifMatch)
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	private static JsonNode findById(JsonNode list, long id) {
		for (JsonNode node : list) {
			if (node.get("id").asLong() == id) {
				return node;
			}
		}
		throw new AssertionError("No segment " + id);
	}

}
