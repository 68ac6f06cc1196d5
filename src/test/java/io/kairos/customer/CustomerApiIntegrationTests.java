package io.kairos.customer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers over the API: masking by default, the audited reveal, permissions, locking, 404s. */
@KairosIntegrationTest
class CustomerApiIntegrationTests {

	static final Pattern FULL_MOBILE = Pattern.compile("1[3-9]\\d{9}");

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void agentCreatesAndReadsACustomerButSeesContactDataMasked() {
		String agent = CustomerTestData.token(http, "agent");
		String mobile = CustomerTestData.freshMobile();

		HttpResponse<String> created = http.postJson("/api/v1/customers", agent, """
				{"name":"张三丰","mobile":"%s","email":"zhang.sanfeng@example.com","idNumber":"11010519491231002X",
				 "gender":"MALE","birthday":"2000-02-29","province":"北京市","city":"北京",
				 "preferredChannels":["WECHAT","PHONE"],"tags":["VIP","老客户"],"stage":"PURCHASE"}"""
			.formatted(mobile));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
		long id = Http.json(created.body()).get("id").asLong();
		HttpResponse<String> read = http.get("/api/v1/customers/" + id, agent);
		assertThat(read.statusCode()).isEqualTo(200);
		JsonNode customer = Http.json(read.body());
		assertThat(customer.get("mobile").asString()).isEqualTo(CustomerTestData.masked(mobile));
		assertThat(customer.get("email").asString()).isEqualTo("z***@example.com");
		assertThat(customer.get("idNumber").asString()).isEqualTo("110***********002X");
		assertThat(customer.get("birthday").asString()).isEqualTo("2000-02-29");
		assertThat(customer.get("tier").asString()).isEqualTo("REGULAR");
		assertThat(customer.get("stage").asString()).isEqualTo("PURCHASE");
		assertThat(customer.get("preferredChannels").toString()).isEqualTo("[\"WECHAT\",\"PHONE\"]");
		assertThat(customer.get("tags").toString()).contains("VIP", "老客户");
		for (String body : new String[] { created.body(), read.body() }) {
			assertThat(body).doesNotContain(mobile, "zhang.sanfeng", "19491231");
			assertThat(FULL_MOBILE.matcher(body).find()).isFalse();
		}
	}

	@Test
	void managerRevealsInFullAndTheRevealIsAuditedWithoutTheValues() {
		String mobile = CustomerTestData.freshMobile();
		long id = CustomerTestData.create(http, CustomerTestData.token(http, "agent"), "李四", mobile);
		String manager = CustomerTestData.token(http, "manager");

		HttpResponse<String> revealed = http.postJson("/api/v1/customers/" + id + "/reveal", manager, "");

		assertThat(revealed.statusCode()).as(revealed.body()).isEqualTo(200);
		assertThat(Http.json(revealed.body()).get("mobile").asString()).isEqualTo("+86" + mobile);
		assertThat(revealed.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("no-store"));
		JsonNode audit = Http.json(http.get(
				"/api/v1/audit-events?action=customer.pii.revealed&subjectType=customer&subjectId=" + id,
				CustomerTestData.token(http, "admin")).body());
		assertThat(audit.get("items")).hasSize(1);
		JsonNode entry = audit.get("items").get(0);
		assertThat(entry.get("actor").asString()).isEqualTo("manager");
		assertThat(entry.get("detail").asString()).contains("mobile");
		assertThat(entry.get("requestId").asString()).isNotBlank();
		assertThat(entry.toString()).doesNotContain(mobile.substring(3)).doesNotContain(mobile);
	}

	@Test
	void agentMayNotRevealAndNoAuditRowIsWritten() {
		String agent = CustomerTestData.token(http, "agent");
		long id = CustomerTestData.create(http, agent, "王五", CustomerTestData.freshMobile());

		HttpResponse<String> response = http.postJson("/api/v1/customers/" + id + "/reveal", agent, "");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(FULL_MOBILE.matcher(response.body()).find()).isFalse();
		JsonNode audit = Http.json(http.get(
				"/api/v1/audit-events?action=customer.pii.revealed&subjectType=customer&subjectId=" + id,
				CustomerTestData.token(http, "admin")).body());
		assertThat(audit.get("items")).isEmpty();
	}

	@Test
	void revealIsNeverReplayedFromTheIdempotencyStore() {
		long id = CustomerTestData.create(http, CustomerTestData.token(http, "agent"), "赵六", CustomerTestData.freshMobile());

		HttpResponse<String> response = http.postJson("/api/v1/customers/" + id + "/reveal", CustomerTestData.token(http, "manager"),
				"", "Idempotency-Key", "reveal-" + id);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(FULL_MOBILE.matcher(response.body()).find()).isFalse();
	}

	@Test
	void rolesWithoutCustomerReadMayNotList() {
		assertThat(http.get("/api/v1/customers", CustomerTestData.token(http, "analyst")).statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/customers", CustomerTestData.token(http, "admin")).statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/customers", null).statusCode()).isEqualTo(401);
		assertThat(http.get("/api/v1/customers", CustomerTestData.token(http, "supervisor")).statusCode()).isEqualTo(200);
	}

	@Test
	void rolesWithoutCustomerWriteMayNotCreate() {
		HttpResponse<String> response = http.postJson("/api/v1/customers", CustomerTestData.token(http, "analyst"),
				"{\"name\":\"无权\",\"mobile\":\"" + CustomerTestData.freshMobile() + "\"}");

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void staleIfMatchIsRefusedWith412AndChangesNothing() {
		String agent = CustomerTestData.token(http, "agent");
		long id = CustomerTestData.create(http, agent, "钱七", CustomerTestData.freshMobile());
		HttpResponse<String> first = patch(id, agent, "\"0\"", "{\"city\":\"杭州\"}");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.headers().firstValue("ETag")).hasValue("\"1\"");

		HttpResponse<String> stale = patch(id, agent, "\"0\"", "{\"city\":\"宁波\"}");

		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(Http.json(http.get("/api/v1/customers/" + id, agent).body()).get("city").asString()).isEqualTo("杭州");
	}

	@Test
	void updateIsAuditedWithFieldNamesOnly() {
		String agent = CustomerTestData.token(http, "agent");
		long id = CustomerTestData.create(http, agent, "孙八", CustomerTestData.freshMobile());
		String newMobile = CustomerTestData.freshMobile();

		HttpResponse<String> response = patch(id, agent, null,
				"{\"mobile\":\"" + newMobile + "\",\"stage\":\"VALUE_ADD\",\"email\":\"sunba@example.com\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(Http.json(response.body()).get("mobile").asString()).isEqualTo(CustomerTestData.masked(newMobile));
		JsonNode audit = Http.json(http.get(
				"/api/v1/audit-events?action=customer.updated&subjectType=customer&subjectId=" + id,
				CustomerTestData.token(http, "admin")).body());
		String detail = audit.get("items").get(0).get("detail").asString();
		assertThat(detail).contains("mobile", "email", "stage", "VALUE_ADD").doesNotContain(newMobile, "sunba");
	}

	@Test
	void unknownCustomersAreNotFound() {
		String manager = CustomerTestData.token(http, "manager");

		HttpResponse<String> get = http.get("/api/v1/customers/987654321", manager);
		HttpResponse<String> patch = patch(987654321, manager, null, "{\"city\":\"上海\"}");
		HttpResponse<String> reveal = http.postJson("/api/v1/customers/987654321/reveal", manager, "");

		assertThat(get.statusCode()).isEqualTo(404);
		assertThat(patch.statusCode()).isEqualTo(404);
		assertThat(reveal.statusCode()).isEqualTo(404);
		assertThat(Http.json(get.body()).get("detail").asString())
			.isEqualTo(Http.json(reveal.body()).get("detail").asString());
	}

	@Test
	void searchFindsByChineseNameFragmentAndByFullMobileTypedDifferentlyButShowsItMasked() {
		String agent = CustomerTestData.token(http, "agent");
		String mobile = CustomerTestData.freshMobile();
		String surname = "闻人" + (char) ('甲' + mobile.charAt(10) - '0');
		long id = CustomerTestData.create(http, agent, surname + "晓测", mobile);

		JsonNode byName = Http.json(http.get("/api/v1/customers?q=" + encode("晓测") + "&size=100", agent).body());
		String typed = "+86 " + mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7);
		HttpResponse<String> byPhone = http.get("/api/v1/customers?q=" + encode(typed), agent);

		assertThat(byName.get("items").findValuesAsString("name")).contains(surname + "晓测");
		JsonNode found = Http.json(byPhone.body()).get("items");
		assertThat(found).hasSize(1);
		assertThat(found.get(0).get("id").asLong()).isEqualTo(id);
		assertThat(found.get(0).get("mobile").asString()).isEqualTo(CustomerTestData.masked(mobile));
		assertThat(FULL_MOBILE.matcher(byPhone.body()).find()).isFalse();
	}

	@Test
	void aPartialNumberFindsNoOne() {
		String agent = CustomerTestData.token(http, "agent");
		String mobile = CustomerTestData.freshMobile();
		CustomerTestData.create(http, agent, "部分号码", mobile);

		JsonNode found = Http.json(http.get("/api/v1/customers?q=" + mobile.substring(0, 8), agent).body());

		assertThat(found.get("items")).isEmpty();
	}

	@Test
	void listFiltersByTierAndStageAndPagesByKeyset() {
		String agent = CustomerTestData.token(http, "agent");

		JsonNode gold = Http.json(http.get("/api/v1/customers?tier=GOLD&size=5", agent).body());
		JsonNode valueAdd = Http.json(http.get("/api/v1/customers?stage=VALUE_ADD&size=5", agent).body());
		JsonNode next = Http.json(http.get("/api/v1/customers?tier=GOLD&size=5&cursor="
				+ gold.get("nextCursor").asString(), agent).body());

		assertThat(gold.get("items")).hasSize(5).allSatisfy(c -> assertThat(c.get("tier").asString()).isEqualTo("GOLD"));
		assertThat(valueAdd.get("items")).allSatisfy(c -> assertThat(c.get("stage").asString()).isEqualTo("VALUE_ADD"));
		assertThat(next.get("items").get(0).get("id").asLong())
			.isLessThan(gold.get("items").get(4).get("id").asLong());
		assertThat(http.get("/api/v1/customers?stage=LAPSED", agent).statusCode()).isEqualTo(400);
	}

	@Test
	void otherModulesSeeAMaskedSummary(@org.springframework.beans.factory.annotation.Autowired CustomerDirectory directory) {
		String mobile = CustomerTestData.freshMobile();
		long id = CustomerTestData.create(http, CustomerTestData.token(http, "agent"), "周九", mobile);

		CustomerSummary summary = directory.findSummary(new CustomerId(id)).orElseThrow();

		assertThat(summary.name()).isEqualTo("周九");
		assertThat(summary.maskedMobile()).isEqualTo(CustomerTestData.masked(mobile));
		assertThat(directory.findSummary(new CustomerId(987654321))).isEmpty();
	}

	@Test
	void wechatOpenidIsMaskedForEveryoneButTheRevealAndIsUnique() {
		String agent = CustomerTestData.token(http, "agent");
		String openid = "oWx_" + Long.toString(System.nanoTime(), 36) + "-Z9";
		HttpResponse<String> created = http.postJson("/api/v1/customers", agent, """
				{"name":"微信客户","mobile":"%s","wechatOpenid":"%s","notes":"上午联系\\n不要短信","language":"en"}"""
			.formatted(CustomerTestData.freshMobile(), openid));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = Http.json(created.body()).get("id").asLong();

		HttpResponse<String> read = http.get("/api/v1/customers/" + id, agent);
		JsonNode customer = Http.json(read.body());
		String masked = openid.substring(0, 3) + "*".repeat(openid.length() - 7) + openid.substring(openid.length() - 4);
		assertThat(customer.get("wechatOpenid").asString()).isEqualTo(masked);
		assertThat(customer.get("notes").asString()).isEqualTo("上午联系\n不要短信");
		assertThat(customer.get("language").asString()).isEqualTo("en");
		String list = http.get("/api/v1/customers?q=" + encode("微信客户"), agent).body();
		String page = http.get("/customers/" + id, agent).body();
		for (String body : new String[] { created.body(), read.body(), list, page }) {
			assertThat(body).doesNotContain(openid);
		}
		assertThat(page).contains(masked, "不要短信");

		HttpResponse<String> revealed = http.postJson("/api/v1/customers/" + id + "/reveal",
				CustomerTestData.token(http, "manager"), "");
		assertThat(Http.json(revealed.body()).get("wechatOpenid").asString()).isEqualTo(openid);
		assertThat(Http.json(audit(id)).toString()).contains("wechatOpenid").doesNotContain(openid);

		HttpResponse<String> twice = http.postJson("/api/v1/customers", agent, """
				{"name":"另一个","mobile":"%s","wechatOpenid":"%s"}""".formatted(CustomerTestData.freshMobile(), openid));
		assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
		assertThat(twice.body()).doesNotContain(openid).contains("wechatOpenid");
		long other = CustomerTestData.create(http, agent, "第三个", CustomerTestData.freshMobile());
		HttpResponse<String> taken = patch(other, agent, null, "{\"wechatOpenid\":\"" + openid + "\"}");
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);

		HttpResponse<String> cleared = patch(id, agent, null, "{\"wechatOpenid\":\"\",\"notes\":\"\",\"language\":\"\"}");
		assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
		JsonNode after = Http.json(cleared.body());
		assertThat(after.get("wechatOpenid").isNull()).isTrue();
		assertThat(after.get("notes").isNull()).isTrue();
		assertThat(after.get("language").isNull()).isTrue();
		assertThat(patch(other, agent, null, "{\"wechatOpenid\":\"" + openid + "\"}").statusCode()).isEqualTo(200);
	}

	@Test
	void aPersonBelongsToAnOrganisationWhichListsItsMembersMasked() {
		String agent = CustomerTestData.token(http, "agent");
		HttpResponse<String> company = http.postJson("/api/v1/customers", agent, """
				{"name":"云杉物流有限公司","mobile":"%s","kind":"ORGANISATION"}""".formatted(CustomerTestData.freshMobile()));
		assertThat(company.statusCode()).as(company.body()).isEqualTo(201);
		long organisation = Http.json(company.body()).get("id").asLong();
		String mobile = CustomerTestData.freshMobile();
		long person = CustomerTestData.create(http, agent, "联系人王五", mobile);
		long otherPerson = CustomerTestData.create(http, agent, "路人", CustomerTestData.freshMobile());
		String before = http.get("/api/v1/customers/" + person, agent).body();

		for (String bad : new String[] { "{\"organisationId\":" + otherPerson + "}", "{\"organisationId\":987654321}",
				"{\"organisationId\":" + person + "}", "{\"organisationId\":-3}", "{\"organisationId\":\"abc\"}",
				"{\"organisationId\":[1]}" }) {
			HttpResponse<String> refused = patch(person, agent, null, bad);
			assertThat(refused.statusCode()).as(bad + " " + refused.body()).isEqualTo(400);
			assertThat(Http.json(refused.body()).get("errors").findValuesAsString("field")).contains("organisationId");
		}
		assertThat(http.get("/api/v1/customers/" + person, agent).body()).isEqualTo(before);
		assertThat(patch(organisation, agent, null, "{\"organisationId\":" + organisation + "}").statusCode())
			.isEqualTo(400);

		HttpResponse<String> joined = patch(person, agent, null, "{\"organisationId\":" + organisation + "}");
		assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
		assertThat(Http.json(joined.body()).get("organisationId").asLong()).isEqualTo(organisation);

		HttpResponse<String> members = http.get("/api/v1/customers/" + organisation + "/members", agent);
		assertThat(members.statusCode()).isEqualTo(200);
		assertThat(Http.json(members.body()).findValuesAsString("name")).containsExactly("联系人王五");
		assertThat(members.body()).contains(CustomerTestData.masked(mobile)).doesNotContain(mobile);
		assertThat(http.get("/api/v1/customers/" + person + "/members", agent).body()).isEqualTo("[]");
		assertThat(http.get("/customers/" + person, agent).body()).contains("/customers/" + organisation, "云杉物流有限公司");
		String companyPage = http.get("/customers/" + organisation, agent).body();
		assertThat(companyPage).contains("/customers/" + person, "联系人王五", CustomerTestData.masked(mobile))
			.doesNotContain(mobile);
		HttpResponse<String> reclassified = patch(organisation, agent, null, "{\"kind\":\"PERSON\"}");
		assertThat(reclassified.statusCode()).as(reclassified.body()).isEqualTo(400);
		assertThat(reclassified.body()).contains("kind");

		assertThat(Http.json(patch(person, agent, null, "{\"city\":\"厦门\"}").body()).get("organisationId").asLong())
			.as("left out, the membership stays")
			.isEqualTo(organisation);
		assertThat(Http.json(patch(person, agent, null, "{\"organisationId\":null}").body()).get("organisationId")
			.isNull()).isTrue();
		patch(person, agent, null, "{\"organisationId\":" + organisation + "}");
		assertThat(Http.json(patch(person, agent, null, "{\"organisationId\":0}").body()).get("organisationId").isNull())
			.isTrue();
		assertThat(http.get("/api/v1/customers/" + organisation + "/members", agent).body()).isEqualTo("[]");
	}

	private String audit(long id) {
		return http.get("/api/v1/audit-events?action=customer.pii.revealed&subjectType=customer&subjectId=" + id,
				CustomerTestData.token(http, "admin")).body();
	}

	private HttpResponse<String> patch(long id, String token, String ifMatch, String json) {
		HttpRequest.Builder request = http.request("/api/v1/customers/" + id)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return http.send(request);
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
