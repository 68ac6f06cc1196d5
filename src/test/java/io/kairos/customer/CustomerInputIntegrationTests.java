package io.kairos.customer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B-01, B-02, B-03, B-04 for customers: every bad input is a 400 naming the field, never a 500, and
 * nothing is stored; every usual way of typing one mobile number is the same number; duplicates are 409.
 */
@KairosIntegrationTest
class CustomerInputIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String agent;

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = CustomerTestData.token(http, "agent");
	}

	static Stream<Arguments> badInput() {
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();
		return Stream.of(
				// B-02
				Arguments.of("mobile", "\"mobile\":\"1380013800\""),
				Arguments.of("mobile", "\"mobile\":\"abc\""),
				Arguments.of("mobile", "\"mobile\":\"+86 13800138000 ext 5\""),
				Arguments.of("mobile", "\"mobile\":\"010 8888 8888\""),
				Arguments.of("mobile", "\"mobile\":\"\""),
				// B-03
				Arguments.of("birthday", "\"birthday\":\"2025-02-30\""),
				Arguments.of("birthday", "\"birthday\":\"" + tomorrow + "\""),
				Arguments.of("birthday", "\"birthday\":\"1800-01-01\""),
				Arguments.of("birthday", "\"birthday\":\"30/02/2025\""),
				// B-01
				Arguments.of("name", "\"name\":\"" + "名".repeat(10_000) + "\""),
				Arguments.of("name", "\"name\":\"abc\\u0000def\""),
				Arguments.of("name", "\"name\":\"abc\\ud800def\""),
				Arguments.of("name", "\"name\":\"\""),
				Arguments.of("name", "\"name\":\"   \""),
				Arguments.of("email", "\"email\":\"not an address\""),
				Arguments.of("idNumber", "\"idNumber\":\"12-34\""),
				Arguments.of("tags[0]", "\"tags\":[\"a\\u0000b\"]"),
				Arguments.of("preferredChannels", "\"preferredChannels\":[\"SMS\",\"SMS\"]"),
				Arguments.of("gender", "\"gender\":\"OTHER\""),
				Arguments.of("wechatOpenid", "\"wechatOpenid\":\"o with space\""),
				Arguments.of("wechatOpenid", "\"wechatOpenid\":\"" + "o".repeat(65) + "\""),
				Arguments.of("wechatOpenid", "\"wechatOpenid\":\"\""),
				Arguments.of("notes", "\"notes\":\"" + "记".repeat(2001) + "\""),
				Arguments.of("notes", "\"notes\":\"bell\\u0007\""),
				Arguments.of("notes", "\"notes\":\"tab\\there\""),
				Arguments.of("language", "\"language\":\"fr\""),
				Arguments.of("language", "\"language\":\"zh\""),
				// B-04: server-owned fields are not input
				Arguments.of("tier", "\"tier\":\"DIAMOND\""),
				Arguments.of("id", "\"id\":1"),
				Arguments.of("version", "\"version\":7"),
				Arguments.of("createdAt", "\"createdAt\":\"2020-01-01T00:00:00Z\""));
	}

	@ParameterizedTest
	@MethodSource("badInput")
	void badInputIsRefusedNamingTheFieldAndNothingIsStored(String field, String override) {
		long before = customers();
		String body = validCustomer(override);

		HttpResponse<String> response = http.postJson("/api/v1/customers", agent, body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = Http.json(response.body());
		assertThat(problem.get("errors").findValuesAsString("field")).contains(field);
		assertThat(problem.get("requestId").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception", "SQL", "io.kairos");
		assertThat(customers()).isEqualTo(before);
	}

	@Test
	void badChangesAreRefusedAndChangeNothing() {
		long id = CustomerTestData.create(http, agent, "不变", CustomerTestData.freshMobile());
		String before = http.get("/api/v1/customers/" + id, agent).body();

		for (String change : new String[] { "{\"birthday\":\"2025-02-30\"}", "{\"mobile\":\"abc\"}",
				"{\"name\":\" \"}", "{\"name\":\"a\\u0000\"}", "{\"wechatOpenid\":\"a b\"}",
				"{\"notes\":\"a\\u001b\"}", "{\"language\":\"de\"}", "{\"version\":9}", "{\"tier\":\"DIAMOND\"}" }) {
			HttpResponse<String> response = patch(id, change);
			assertThat(response.statusCode()).as(change + " " + response.body()).isEqualTo(400);
		}

		assertThat(http.get("/api/v1/customers/" + id, agent).body()).isEqualTo(before);
	}

	@Test
	void oversizedBodyIsRefusedWith413AndNothingIsStored() {
		long before = customers();

		HttpResponse<String> response = http.postJson("/api/v1/customers", agent,
				validCustomer("\"city\":\"" + "x".repeat(2_000_000) + "\""));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(customers()).isEqualTo(before);
	}

	@Test
	void aRetriedCreateWithTheSameIdempotencyKeyAddsOneCustomer() {
		String body = validCustomer("\"city\":\"苏州\"");
		String key = "create-" + CustomerTestData.freshMobile();
		long before = customers();

		HttpResponse<String> first = http.postJson("/api/v1/customers", agent, body, "Idempotency-Key", key);
		HttpResponse<String> retry = http.postJson("/api/v1/customers", agent, body, "Idempotency-Key", key);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(Http.json(retry.body()).get("id").asLong()).isEqualTo(Http.json(first.body()).get("id").asLong());
		assertThat(customers()).isEqualTo(before + 1);
	}

	@Test
	void leapDayIsABirthday() {
		HttpResponse<String> response = http.postJson("/api/v1/customers", agent,
				validCustomer("\"birthday\":\"2000-02-29\""));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(Http.json(response.body()).get("birthday").asString()).isEqualTo("2000-02-29");
	}

	@Test
	void rightToLeftOverrideIsStoredAndShownIsolated() {
		long id = CustomerTestData.create(http, agent, "abc\\u202Edef", CustomerTestData.freshMobile());

		assertThat(Http.json(http.get("/api/v1/customers/" + id, agent).body()).get("name").asString())
			.isEqualTo("abc\u202Edef");
		assertThat(http.login("agent", Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
		String page = http.send(http.request("/customers/" + id).GET()).body();
		assertThat(page).contains("<bdi id=\"customer-name\">abc\u202Edef</bdi>");
	}

	/** B-02: the usual ways of typing one mobile number are one number, shown masked, and it belongs to one customer. */
	@Test
	void typedFormsOfOneNumberAreTheSameNumberAndADuplicateIsAConflictNamingTheMaskedOwner() {
		long owner = existingOwnerOf13800138000();

		for (String typed : new String[] { "13800138000", "138-0013-8000", "１３８００１３８０００", "+86 138 0013 8000" }) {
			HttpResponse<String> same = patch(owner, "{\"mobile\":\"" + typed + "\"}");
			assertThat(same.statusCode()).as(typed).isEqualTo(200);
			assertThat(Http.json(same.body()).get("mobile").asString()).isEqualTo("138****8000");
		}
		long before = customers();
		for (String typed : new String[] { "13800138000", "138-0013-8000", "１３８００１３８０００", "0086 138 0013 8000" }) {
			HttpResponse<String> duplicate = http.postJson("/api/v1/customers", agent,
					validCustomer("\"mobile\":\"" + typed + "\""));
			assertThat(duplicate.statusCode()).as(typed).isEqualTo(409);
			JsonNode problem = Http.json(duplicate.body());
			assertThat(problem.get("detail").asString()).contains(Long.toString(owner)).contains("138****8000");
			assertThat(problem.get("errors").findValuesAsString("field")).contains("mobile");
			assertThat(duplicate.body()).doesNotContain("13800138000").doesNotContain("8613800138000");
		}
		assertThat(customers()).isEqualTo(before);
		assertThat(jdbc.sql("select mobile from customer where id = :id").param("id", owner).query(String.class).single())
			.isEqualTo("+8613800138000");
	}

	@Test
	void changingToAnotherCustomersNumberIsAConflict() {
		String taken = CustomerTestData.freshMobile();
		long first = CustomerTestData.create(http, agent, "甲", taken);
		long second = CustomerTestData.create(http, agent, "乙", CustomerTestData.freshMobile());

		HttpResponse<String> response = patch(second, "{\"mobile\":\"+86 " + taken + "\"}");

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(Http.json(response.body()).get("detail").asString()).contains(Long.toString(first))
			.contains(CustomerTestData.masked(taken))
			.doesNotContain(taken);
	}

	@Test
	void problemsSpeakChinese() {
		HttpResponse<String> response = http.send(http.request("/api/v1/customers")
			.header("Authorization", "Bearer " + agent)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "zh-CN")
			.POST(HttpRequest.BodyPublishers.ofString(validCustomer("\"birthday\":\"2025-02-30\""))));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.json(response.body()).get("detail").asString()).contains("日期不存在");
	}

	private long existingOwnerOf13800138000() {
		return jdbc.sql("select id from customer where mobile = '+8613800138000'")
			.query(Long.class)
			.optional()
			.orElseGet(() -> CustomerTestData.create(http, agent, "测试号码", "+86 138 0013 8000"));
	}

	private String validCustomer(String override) {
		String key = override.substring(0, override.indexOf(':'));
		String base = "\"name\":\"测试客户\",\"mobile\":\"" + CustomerTestData.freshMobile() + "\"";
		if (base.contains(key + ":")) {
			base = base.replaceAll(java.util.regex.Pattern.quote(key) + ":\"[^\"]*\"", "")
				.replaceAll("^,|,$", "")
				.replace(",,", ",");
		}
		return "{" + base + (base.isEmpty() ? "" : ",") + override + "}";
	}

	private HttpResponse<String> patch(long id, String json) {
		return http.send(http.request("/api/v1/customers/" + id)
			.header("Authorization", "Bearer " + agent)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	private long customers() {
		return jdbc.sql("select count(*) from customer").query(Long.class).single();
	}

}
