package io.kairos.customer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The data subject's export (D-03) and erasure (D-02, acceptance 6) over the API. */
@KairosIntegrationTest
class CustomerPrivacyIntegrationTests {

	/** Column types that can hold text, as H2 and PostgreSQL name them in information_schema. */
	static final Set<String> TEXT_TYPES = Set.of("character varying", "varchar", "character", "char", "text",
			"character large object", "clob", "json", "jsonb");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void subjectExportHoldsTheWholeProfileInFullAndIsAuditedWithIdsOnly() {
		Subject subject = Subject.create(http);

		HttpResponse<String> response = http.get("/api/v1/customers/" + subject.id + "/export", token("manager"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		JsonNode export = Http.json(response.body());
		assertThat(export.get("customerId").asLong()).isEqualTo(subject.id);
		JsonNode profile = export.get("sections").get("profile");
		assertThat(profile.get("name").asString()).isEqualTo(subject.name);
		assertThat(profile.get("mobile").asString()).isEqualTo("+86" + subject.mobile);
		assertThat(profile.get("email").asString()).isEqualTo(subject.email);
		assertThat(profile.get("idNumber").asString()).isEqualTo(subject.idNumber);
		assertThat(profile.get("wechatOpenid").asString()).isEqualTo(subject.wechatOpenid);
		assertThat(profile.get("notes").asString()).isEqualTo(subject.notes);
		assertThat(profile.get("language").asString()).isEqualTo("zh-CN");
		assertThat(profile.get("birthday").asString()).isEqualTo(subject.birthday);
		assertThat(profile.get("province").asString()).isEqualTo("浙江省");
		assertThat(profile.get("preferredChannels").toString()).isEqualTo("[\"WECHAT\",\"SMS\"]");
		assertThat(profile.get("tags").toString()).contains(subject.tag);
		assertThat(profile.get("erasedAt").isNull()).isTrue();
		JsonNode audit = audit("customer.exported", subject.id);
		assertThat(audit.get("items")).hasSize(1);
		JsonNode entry = audit.get("items").get(0);
		assertThat(entry.get("actor").asString()).isEqualTo("manager");
		assertThat(entry.toString()).doesNotContain(subject.mobile, subject.name, subject.email, subject.birthday);
	}

	@Test
	void onlyManagersAndAdministratorsExportOrErase() {
		Subject subject = Subject.create(http);

		for (String role : List.of("agent", "supervisor", "analyst")) {
			assertThat(http.get("/api/v1/customers/" + subject.id + "/export", token(role)).statusCode()).as(role)
				.isEqualTo(403);
			assertThat(http.postJson("/api/v1/customers/" + subject.id + "/erase", token(role), "").statusCode())
				.as(role)
				.isEqualTo(403);
		}
		assertThat(http.get("/api/v1/customers/" + subject.id + "/export", token("admin")).statusCode()).isEqualTo(200);
		assertThat(audit("customer.erased", subject.id).get("items")).isEmpty();
		assertThat(http.get("/api/v1/customers/987654321/export", token("admin")).statusCode()).isEqualTo(404);
		assertThat(http.postJson("/api/v1/customers/987654321/erase", token("admin"), "").statusCode()).isEqualTo(404);
	}

	// Acceptance 6 / D-02: afterwards the customer's identifiers are in no text column of any table, and the
	// counts per tier and stage are what they were.
	// D-03: every part holding data about the customer has its section.
	@Test
	void subjectExportHoldsEveryPart() {
		Subject subject = Subject.create(http);
		subject.giveEveryPart(http);

		JsonNode sections = Http.json(http.get("/api/v1/customers/" + subject.id + "/export", token("manager")).body())
			.get("sections");

		assertThat(sections.get("values")).hasSize(1);
		assertThat(sections.get("values").get(0).get("amount").decimalValue()).isEqualByComparingTo("1234.50");
		assertThat(sections.get("values").get(0).get("kind").asString()).isEqualTo("PURCHASE");
		assertThat(sections.get("tier").get("override").get("tier").asString()).isEqualTo("GOLD");
		assertThat(sections.get("tier").get("override").get("reason").asString()).contains(subject.name);
		assertThat(sections.get("tier").get("history").toString()).contains("\"toTier\":\"GOLD\"", subject.name);
		JsonNode care = sections.get("care");
		assertThat(care.get("stageHistory").get(0).get("to").asString()).isEqualTo("PURCHASE");
		assertThat(care.get("contracts").get(0).get("title").asString()).contains(subject.name);
		assertThat(care.get("contracts").get(0).get("coverage").asString()).contains(subject.name);
		assertThat(care.get("personality").get("type").asString()).isEqualTo("RATIONAL");
		assertThat(care.get("consents").get(0).get("channel").asString()).isEqualTo("SMS");
		assertThat(care.get("consents").get(0).get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(sections.get("profile").get("name").asString()).isEqualTo(subject.name);
	}

	// D-02: with data in every part, the erasure clears the free text and keeps the facts.
	@Test
	void erasureClearsFreeTextInEveryPartAndKeepsTheFacts() {
		Subject subject = Subject.create(http);
		subject.giveEveryPart(http);
		List<Map<String, Object>> countsBefore = countsPerTierAndStage();
		Map<String, Long> segmentCountsBefore = segmentCounts();

		HttpResponse<String> erased = http.postJson("/api/v1/customers/" + subject.id + "/erase", token("admin"), "");

		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
		assertThat(scan(subject.needles())).isEmpty();
		assertThat(countsPerTierAndStage()).isEqualTo(countsBefore);
		assertThat(segmentCounts()).isEqualTo(segmentCountsBefore);
		JsonNode sections = Http.json(http.get("/api/v1/customers/" + subject.id + "/export", token("manager")).body())
			.get("sections");
		assertThat(sections.get("values")).as("value facts are kept for statistics").hasSize(1);
		assertThat(sections.get("values").get(0).get("amount").decimalValue()).isEqualByComparingTo("1234.50");
		assertThat(sections.get("tier").get("override").get("tier").asString()).isEqualTo("GOLD");
		assertThat(sections.get("tier").get("override").get("reason").asString()).isEqualTo("已删除");
		assertThat(sections.get("tier").get("history").get(0).get("toTier").asString()).isEqualTo("GOLD");
		assertThat(sections.get("tier").get("history").get(0).get("reason").asString()).isEqualTo("override: 已删除");
		JsonNode care = sections.get("care");
		assertThat(care.get("stageHistory")).hasSize(1);
		assertThat(care.get("contracts").get(0).get("title").asString()).isEqualTo("已删除");
		assertThat(care.get("contracts").get(0).get("coverage").asString()).isEqualTo("已删除");
		assertThat(care.get("contracts").get(0).get("kind").asString()).isEqualTo("WARRANTY");
		assertThat(care.get("personality").isNull()).as("the personality type is removed").isTrue();
		assertThat(care.get("consents").get(0).get("status").asString()).as("a withdrawal stays a withdrawal")
			.isEqualTo("WITHDRAWN");
		assertThat(care.get("consents").get(0).get("source").asString()).as("a code, nothing about the person")
			.isEqualTo("PHONE_CALL");
		assertThat(jdbc.sql("select tier from customer where id = :id").param("id", subject.id).query(String.class).single())
			.isEqualTo("GOLD");
	}

	// Acceptance 6: a region or tag many customers share describes a group, so it stays and segments over it keep
	// their counts; a rare one could point back at the person and goes.
	@Test
	void erasureKeepsOnlyWhatManyShareSoSegmentCountsHold() {
		String unique = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
		String commonTag = "常见" + unique;
		String province = "共省" + unique;
		String manager = token("manager");
		for (int i = 0; i < 10; i++) {
			assertThat(http.postJson("/api/v1/customers", manager, """
					{"name":"同组%s%d","mobile":"%s","province":"%s","city":"甲市","tags":["%s"]}"""
				.formatted(unique, i, CustomerTestData.freshMobile(), province, commonTag)).statusCode()).isEqualTo(201);
		}
		String rareTag = "罕见" + unique;
		HttpResponse<String> created = http.postJson("/api/v1/customers", manager, """
				{"name":"留名%s","mobile":"%s","province":"%s","city":"甲市","tags":["%s","%s"]}"""
			.formatted(unique, CustomerTestData.freshMobile(), province, commonTag, rareTag));
		long id = Http.json(created.body()).get("id").asLong();
		HttpResponse<String> lonely = http.postJson("/api/v1/customers", manager, """
				{"name":"独居%s","mobile":"%s","province":"孤省%s","city":"乙市"}"""
			.formatted(unique, CustomerTestData.freshMobile(), unique));
		long lonelyId = Http.json(lonely.body()).get("id").asLong();
		long byTag = segment(manager, "tag", commonTag);
		long byProvince = segment(manager, "province", province);
		long before = memberCount(byTag);
		assertThat(before).isEqualTo(11);
		assertThat(memberCount(byProvince)).isEqualTo(11);

		assertThat(http.postJson("/api/v1/customers/" + id + "/erase", token("admin"), "").statusCode()).isEqualTo(200);
		assertThat(http.postJson("/api/v1/customers/" + lonelyId + "/erase", token("admin"), "").statusCode())
			.isEqualTo(200);

		assertThat(memberCount(byTag)).isEqualTo(before);
		assertThat(memberCount(byProvince)).isEqualTo(11);
		assertThat(jdbc.sql("select tag from customer_tag where customer = :id").param("id", id).query(String.class).list())
			.containsExactly(commonTag);
		Map<String, Object> kept = jdbc.sql("select province, city from customer where id = :id").param("id", id)
			.query()
			.singleRow();
		assertThat(kept.get("province")).isEqualTo(province);
		assertThat(kept.get("city")).isEqualTo("甲市");
		Map<String, Object> gone = jdbc.sql("select province, city from customer where id = :id").param("id", lonelyId)
			.query()
			.singleRow();
		assertThat(gone.get("province")).isNull();
		assertThat(gone.get("city")).isNull();
		assertThat(scan(List.of(rareTag, "留名" + unique, "孤省" + unique))).isEmpty();
	}

	long segment(String manager, String field, String value) {
		HttpResponse<String> created = http.postJson("/api/v1/segments", manager, """
				{"nameEn":"Erasure %s","nameZh":"删除","rule":{"groups":[{"conditions":[
				{"field":"%s","operator":"in","values":["%s"]}]}]},"defaultChannels":["SMS"]}"""
			.formatted(value, field, value));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return Http.json(created.body()).get("id").asLong();
	}

	long memberCount(long segment) {
		return Http.json(http.get("/api/v1/segments/" + segment, token("manager")).body()).get("memberCount").asLong();
	}

	@Test
	void erasureLeavesNoTraceInAnyTableAndKeepsTheCounts() {
		Subject subject = Subject.create(http);
		assertThat(http.get("/api/v1/customers/" + subject.id + "/export", token("manager")).statusCode()).isEqualTo(200);
		assertThat(scan(subject.needles())).as("the scan finds the customer before the erasure").isNotEmpty();
		List<Map<String, Object>> countsBefore = countsPerTierAndStage();

		HttpResponse<String> erased = http.postJson("/api/v1/customers/" + subject.id + "/erase", token("admin"), "");

		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
		assertThat(Http.json(erased.body()).get("alreadyErased").asBoolean()).isFalse();
		assertThat(scan(subject.needles())).isEmpty();
		assertThat(countsPerTierAndStage()).isEqualTo(countsBefore);
		Map<String, Object> row = jdbc.sql("select * from customer where id = :id").param("id", subject.id).query().singleRow();
		assertThat(row.get("name")).isEqualTo("已删除客户 #" + subject.id);
		assertThat(row.get("mobile")).isEqualTo("+8612" + String.format("%09d", subject.id));
		assertThat(row.get("birthday")).as("a date of the same age band, not the birthday").isNotNull()
			.isNotEqualTo(java.sql.Date.valueOf(subject.birthday));
		assertThat(row.get("email")).isNull();
		assertThat(row.get("id_number")).isNull();
		long othersInCity = jdbc.sql("select count(*) from customer where province = '浙江省' and city = '杭州' "
				+ "and erased_at is null and id <> :id").param("id", subject.id).query(Long.class).single();
		assertThat(row.get("city")).as("a city stays only where at least 10 others live")
			.isEqualTo(othersInCity >= 10 ? "杭州" : null);
		assertThat(row.get("erased_at")).isNotNull();
		assertThat(row.get("stage")).isEqualTo("PURCHASE");
		assertThat(jdbc.sql("select count(*) from customer_tag where customer = :id").param("id", subject.id)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from customer_phone where customer = :id").param("id", subject.id)
			.query(Long.class).single()).as("additional numbers are wiped").isZero();
		assertThat(jdbc.sql("select count(*) from customer_channel where customer = :id").param("id", subject.id)
			.query(Long.class).single()).as("preferred channels are kept for statistics").isEqualTo(2);
	}

	@Test
	void erasureIsIdempotentAndAuditedOnceWithTheIdOnly() {
		Subject subject = Subject.create(http);

		HttpResponse<String> first = http.postJson("/api/v1/customers/" + subject.id + "/erase", token("manager"), "");
		HttpResponse<String> second = http.postJson("/api/v1/customers/" + subject.id + "/erase", token("admin"), "");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(Http.json(second.body()).get("alreadyErased").asBoolean()).isTrue();
		assertThat(Http.json(second.body()).get("erasedAt").asString())
			.isEqualTo(Http.json(first.body()).get("erasedAt").asString());
		JsonNode audit = audit("customer.erased", subject.id);
		assertThat(audit.get("items")).hasSize(1);
		assertThat(audit.get("items").get(0).get("actor").asString()).isEqualTo("manager");
		assertThat(audit.get("items").get(0).toString()).doesNotContain(subject.name, subject.mobile, subject.email);
	}

	@Test
	void anErasedCustomerCannotBeRevealedOrChangedButStillCounts() {
		Subject subject = Subject.create(http);
		http.postJson("/api/v1/customers/" + subject.id + "/erase", token("admin"), "");

		HttpResponse<String> reveal = http.postJson("/api/v1/customers/" + subject.id + "/reveal", token("manager"), "");
		HttpResponse<String> patch = http.send(http.request("/api/v1/customers/" + subject.id)
			.header("Authorization", "Bearer " + token("agent"))
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\":\"" + subject.name + "\"}")));
		HttpResponse<String> read = http.get("/api/v1/customers/" + subject.id, token("agent"));

		assertThat(reveal.statusCode()).isEqualTo(409);
		assertThat(patch.statusCode()).isEqualTo(409);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(Http.json(read.body()).get("name").asString()).isEqualTo("已删除客户 #" + subject.id);
		assertThat(read.body()).doesNotContain(subject.name);
		assertThat(audit("customer.pii.revealed", subject.id).get("items")).isEmpty();
		JsonNode export = Http.json(http.get("/api/v1/customers/" + subject.id + "/export", token("manager")).body());
		assertThat(export.get("sections").get("profile").get("erasedAt").isNull()).isFalse();
		assertThat(export.toString()).doesNotContain(subject.mobile, subject.email);
	}

	/** Every text column of every table holding one of the needles: "table.column: needle". */
	List<String> scan(List<String> needles) {
		List<Map<String, Object>> columns = jdbc.sql("""
				select table_name, column_name, data_type from information_schema.columns
				where lower(table_schema) = 'public'""").query().listOfRows();
		List<String> hits = new ArrayList<>();
		int scanned = 0;
		for (Map<String, Object> column : columns) {
			if (!TEXT_TYPES.contains(column.get("data_type").toString().toLowerCase(Locale.ROOT))) {
				continue;
			}
			scanned++;
			String table = column.get("table_name").toString();
			String name = column.get("column_name").toString();
			for (String needle : needles) {
				long found = jdbc.sql("select count(*) from \"" + table + "\" where cast(\"" + name
						+ "\" as varchar) like :needle")
					.param("needle", "%" + needle + "%")
					.query(Long.class)
					.single();
				if (found > 0) {
					hits.add(table + "." + name + ": " + needle);
				}
			}
		}
		assertThat(scanned).as("text columns scanned").isGreaterThan(20);
		return hits;
	}

	List<Map<String, Object>> countsPerTierAndStage() {
		return jdbc.sql("select tier, stage, count(*) as n from customer group by tier, stage order by tier, stage")
			.query()
			.listOfRows();
	}

	/**
	 * The member count now of every segment whose rule does not name the city or tags: the erasure removes a
	 * customer's region and tags (free text), so segments over those lose the customer by design.
	 */
	Map<String, Long> segmentCounts() {
		HttpResponse<String> response = http.postJson("/api/v1/segment-evaluations", token("manager"), "");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, Long> counts = new java.util.TreeMap<>();
		Http.json(response.body()).properties().forEach(entry -> {
			String rule = Http.json(http.get("/api/v1/segments/" + entry.getKey(), token("manager")).body()).get("rule")
				.toString();
			if (!rule.contains("\"city\"") && !rule.contains("\"province\"") && !rule.contains("\"tag\"")) {
				counts.put(entry.getKey(), entry.getValue().asLong());
			}
		});
		assertThat(counts).as("segments over age bands, kinds and tiers are compared").isNotEmpty();
		return counts;
	}

	JsonNode audit(String action, long id) {
		return Http.json(http.get("/api/v1/audit-events?action=" + action + "&subjectType=customer&subjectId=" + id,
				token("admin")).body());
	}

	String token(String username) {
		return CustomerTestData.token(http, username);
	}

	/** A customer whose identifiers occur nowhere else in the database. */
	record Subject(long id, String name, String mobile, String email, String idNumber, String birthday, String tag,
			String wechatOpenid, String notes, String otherMobile) {

		static Subject create(Http http) {
			String unique = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
			String mobile = CustomerTestData.freshMobile();
			String name = "隐私" + unique + "测试";
			String email = "privacy." + unique + "@example.com";
			String idNumber = ("ID" + unique).toUpperCase(Locale.ROOT);
			String birthday = "19" + (10 + ThreadLocalRandom.current().nextInt(90)) + "-0"
					+ (1 + ThreadLocalRandom.current().nextInt(9)) + "-1" + ThreadLocalRandom.current().nextInt(10);
			String tag = "私标" + unique;
			String wechatOpenid = "oPriv_" + unique + "-x";
			String notes = "喜欢上午来电。\\n" + name + " 的备注";
			String otherMobile = CustomerTestData.freshMobile();
			HttpResponse<String> created = http.postJson("/api/v1/customers", CustomerTestData.token(http, "manager"), """
					{"name":"%s","mobile":"%s","email":"%s","idNumber":"%s","birthday":"%s","gender":"FEMALE",
					 "province":"浙江省","city":"杭州","preferredChannels":["WECHAT","SMS"],"tags":["%s"],
					 "stage":"PURCHASE","wechatOpenid":"%s","notes":"%s","language":"zh-CN",
					 "phones":[{"kind":"WORK","number":"%s"}]}""".formatted(name, mobile, email,
					idNumber, birthday, tag, wechatOpenid, notes, otherMobile),
					// Created as a careful client would: the stored idempotent answer must not outlive the erasure.
					"Idempotency-Key", "privacy-" + unique);
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			return new Subject(Http.json(created.body()).get("id").asLong(), name, mobile, email, idNumber, birthday, tag,
					wechatOpenid, notes.replace("\\n", "\n"), otherMobile);
		}

		/**
		 * Gives the customer data in every other part: a value fact, a tier override whose reason names them (and,
		 * through an evaluation, a tier move quoting it), a contract whose title and coverage name them, a
		 * personality type and a withdrawn consent.
		 */
		void giveEveryPart(Http http) {
			String manager = CustomerTestData.token(http, "manager");
			TierTestData.fact(http, manager, id, "1234.50", TierTestData.daysAgo(10), "PURCHASE");
			HttpResponse<String> override = TierTestData.put(http, "/api/v1/customers/" + id + "/tier-override", manager,
					"{\"tier\":\"GOLD\",\"reason\":\"%s 的老朋友\"}".formatted(name));
			assertThat(override.statusCode()).as(override.body()).isEqualTo(200);
			TierTestData.evaluate(http, manager);
			HttpResponse<String> contract = http.postJson("/api/v1/customers/" + id + "/contracts", manager, """
					{"kind":"WARRANTY","title":"%s 的延保","coverage":"%s 家中的空调 %s","startsOn":"%s","endsOn":"%s"}""".formatted(
					name, name, mobile, TierTestData.daysAgo(30), TierTestData.daysAgo(-300)));
			assertThat(contract.statusCode()).as(contract.body()).isEqualTo(201);
			HttpResponse<String> personality = TierTestData.put(http, "/api/v1/customers/" + id + "/personality", manager,
					"{\"type\":\"RATIONAL\"}");
			assertThat(personality.statusCode()).as(personality.body()).isEqualTo(200);
			HttpResponse<String> consent = TierTestData.put(http, "/api/v1/customers/" + id + "/consents/SMS", manager,
					"{\"status\":\"WITHDRAWN\",\"source\":\"PHONE_CALL\"}");
			assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
		}

		/**
		 * The name, the mobile and the additional number (table customer_phone) in E.164 and national form, e-mail,
		 * identity number, birthday, tag, WeChat openid and notes (which name the customer too).
		 */
		List<String> needles() {
			return List.of(name, "+86" + mobile, mobile, email, idNumber, birthday, tag, wechatOpenid, notes,
					"+86" + otherMobile, otherMobile);
		}

	}

}
