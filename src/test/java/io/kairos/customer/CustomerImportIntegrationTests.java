package io.kairos.customer;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV import of customers over the API (issue 3 item 9, B-02, B-03): encodings, Chinese titles, dry run,
 * all-or-nothing with a report per row and field in the caller's language, duplicates, permissions, audit.
 */
@KairosIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerImportIntegrationTests {

	static final Charset GB18030 = Charset.forName("GB18030");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	/** A manager made for this class, with no language preference, so answers follow Accept-Language. */
	String manager;

	String run;

	@BeforeAll
	void manager() {
		Http setup = new Http(port);
		StaffAccounts.Account account = StaffAccounts.create(setup, "importer", "MANAGER");
		manager = setup.tokenFor(account.username(), StaffAccounts.PASSWORD);
	}

	@BeforeEach
	void client() {
		http = new Http(port);
		run = "imp" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
	}

	@Test
	void aGb18030FileWithChineseTitlesIsImportedAndFound() {
		String first = CustomerTestData.freshMobile();
		String second = CustomerTestData.freshMobile();
		String csv = """
				姓名,手机号,电子邮箱,生日,性别,省份,城市,生命周期阶段,偏好渠道,标签
				张伟%1$s,%2$s,zw%1$s@example.com,1990-05-17,男,浙江,杭州,购买期,微信|短信,金卡、老客户
				"李娜%1$s","+86 %3$s",,2000-02-29,女,江苏,南京,,电话,
				""".formatted(run, first, second.substring(0, 3) + " " + second.substring(3, 7) + " " + second.substring(7));
		long auditsBefore = importAudits();

		HttpResponse<String> response = post("/api/v1/customers/import?dryRun=false", csv.getBytes(GB18030), "en");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = Http.json(response.body());
		assertThat(report.get("rowsRead").asInt()).isEqualTo(2);
		assertThat(report.get("rowsValid").asInt()).isEqualTo(2);
		assertThat(report.get("imported").asInt()).isEqualTo(2);
		assertThat(report.get("errors")).isEmpty();
		JsonNode found = Http.json(http.get("/api/v1/customers?q=" + run, manager).body()).get("items");
		assertThat(found).hasSize(2);
		JsonNode zhang = byName(found, "张伟" + run);
		assertThat(zhang.get("mobile").asString()).isEqualTo(CustomerTestData.masked(first));
		assertThat(zhang.get("gender").asString()).isEqualTo("MALE");
		assertThat(zhang.get("birthday").asString()).isEqualTo("1990-05-17");
		assertThat(zhang.get("city").asString()).isEqualTo("杭州");
		assertThat(zhang.get("stage").asString()).isEqualTo("PURCHASE");
		assertThat(zhang.get("preferredChannels").toString()).isEqualTo("[\"WECHAT\",\"SMS\"]");
		assertThat(zhang.get("tags").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("金卡", "老客户");
		JsonNode li = byName(found, "李娜" + run);
		assertThat(li.get("mobile").asString()).isEqualTo(CustomerTestData.masked(second));
		assertThat(li.get("gender").asString()).isEqualTo("FEMALE");
		assertThat(li.get("birthday").asString()).isEqualTo("2000-02-29");
		assertThat(importAudits()).isEqualTo(auditsBefore + 1);
		String detail = jdbc.sql("select detail from audit_event where action = 'customer.imported' order by id desc limit 1")
			.query(String.class)
			.single();
		assertThat(detail).contains("\"count\":2").doesNotContain(run).doesNotContain(first.substring(3));
	}

	@Test
	void utf8WithABomAndEnglishTitlesIsImported() {
		String mobile = CustomerTestData.freshMobile();
		byte[] text = ("Name,MOBILE,Gender\nWang " + run + "," + mobile + ",undisclosed\n").getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[text.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, bom, 3, text.length);

		HttpResponse<String> response = post("/api/v1/customers/import?dryRun=false", bom, "en");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(names(run)).containsExactly("Wang " + run);
	}

	@Test
	void aDryRunChecksEveryRowAndStoresNothing() {
		String csv = "姓名,手机\n甲" + run + "," + CustomerTestData.freshMobile() + "\n乙" + run + ","
				+ CustomerTestData.freshMobile() + "\n";
		long auditsBefore = importAudits();

		HttpResponse<String> dry = post("/api/v1/customers/import?dryRun=true", csv.getBytes(StandardCharsets.UTF_8), "en");
		HttpResponse<String> unsaid = post("/api/v1/customers/import", csv.getBytes(StandardCharsets.UTF_8), "en");

		for (HttpResponse<String> response : List.of(dry, unsaid)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode report = Http.json(response.body());
			assertThat(report.get("dryRun").asBoolean()).isTrue();
			assertThat(report.get("rowsRead").asInt()).isEqualTo(2);
			assertThat(report.get("rowsValid").asInt()).isEqualTo(2);
			assertThat(report.get("imported").asInt()).isZero();
		}
		assertThat(names(run)).isEmpty();
		assertThat(importAudits()).isEqualTo(auditsBefore);
	}

	@Test
	void oneBadRowStoresNothingAndTheReportNamesRowAndField() {
		String csv = """
				name,mobile,birthday
				Good %1$s,%2$s,1985-01-01
				Phone %1$s,abc,
				Date %1$s,%3$s,2025-02-30
				""".formatted(run, CustomerTestData.freshMobile(), CustomerTestData.freshMobile());

		HttpResponse<String> response = post("/api/v1/customers/import?dryRun=false", csv.getBytes(StandardCharsets.UTF_8), "en");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode problem = Http.json(response.body());
		assertThat(problem.get("rowsRead").asInt()).isEqualTo(3);
		assertThat(problem.get("rowsValid").asInt()).isEqualTo(1);
		assertThat(problem.get("imported").asInt()).isZero();
		assertThat(errors(problem)).containsExactly("2 mobile", "3 birthday");
		assertThat(problem.get("errors").get(1).get("message").asString()).contains("2025-02-30");
		assertThat(names(run)).isEmpty();
	}

	@Test
	void duplicatesInTheFileAndWithExistingCustomersAreReported() {
		String existing = CustomerTestData.freshMobile();
		long owner = CustomerTestData.create(http, manager, "已有" + run, existing);
		String twice = CustomerTestData.freshMobile();
		String csv = """
				姓名,手机
				一%1$s,%2$s
				二%1$s,%3$s
				三%1$s,%4$s
				""".formatted(run, twice, "+86 " + twice, existing);

		HttpResponse<String> response = post("/api/v1/customers/import?dryRun=true", csv.getBytes(StandardCharsets.UTF_8), "en");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = Http.json(response.body());
		assertThat(report.get("rowsValid").asInt()).isEqualTo(1);
		assertThat(errors(report)).containsExactly("2 mobile", "3 mobile");
		assertThat(report.get("errors").get(0).get("message").asString()).contains("row 1");
		assertThat(report.get("errors").get(1).get("message").asString())
			.contains(CustomerTestData.masked(existing))
			.contains(Long.toString(owner))
			.doesNotContain(existing);
		assertThat(names(run)).containsExactly("已有" + run);
	}

	@Test
	void theReportSpeaksTheCallersLanguage() {
		byte[] csv = ("姓名,手机\n坏" + run + ",abc\n").getBytes(StandardCharsets.UTF_8);

		String english = Http.json(post("/api/v1/customers/import", csv, "en").body()).get("errors").get(0).get("message").asString();
		String chinese = Http.json(post("/api/v1/customers/import", csv, "zh-CN").body()).get("errors").get(0).get("message").asString();

		assertThat(english).isEqualTo("A phone number holds digits only (spaces, dashes and a leading + are fine).");
		assertThat(chinese).isEqualTo("电话号码只能包含数字（可以有空格、连字符和开头的 +）。");
	}

	@Test
	void anUnknownOrMissingColumnIsA400NamingIt() {
		HttpResponse<String> unknown = post("/api/v1/customers/import",
				"姓名,手机,微信号\n".getBytes(StandardCharsets.UTF_8), "en");
		HttpResponse<String> missing = post("/api/v1/customers/import", "姓名,城市\n".getBytes(StandardCharsets.UTF_8),
				"en");

		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(Http.json(unknown.body()).get("detail").asString()).contains("微信号");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(Http.json(missing.body()).get("errors").get(0).get("field").asString()).isEqualTo("mobile");
	}

	@Test
	void moreThanTenThousandRowsAreRefused() {
		StringBuilder csv = new StringBuilder("name,mobile\n");
		for (int i = 0; i <= 10_000; i++) {
			csv.append("n,1\n");
		}

		HttpResponse<String> response = post("/api/v1/customers/import", csv.toString().getBytes(StandardCharsets.UTF_8), "en");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(Http.json(response.body()).get("detail").asString()).contains("10,000");
	}

	@Test
	void agentsMayNotImport() {
		String agent = CustomerTestData.token(http, "agent");
		byte[] csv = ("name,mobile\nAgent " + run + "," + CustomerTestData.freshMobile() + "\n").getBytes(StandardCharsets.UTF_8);

		assertThat(post("/api/v1/customers/import?dryRun=false", csv, agent, "en").statusCode()).isEqualTo(403);
		assertThat(post("/api/v1/customers/values/import?dryRun=false",
				"mobile,amount,occurredOn,kind\n".getBytes(StandardCharsets.UTF_8), agent, "en").statusCode())
			.isEqualTo(403);
		assertThat(names(run)).isEmpty();
	}

	private HttpResponse<String> post(String path, byte[] csv, String language) {
		return post(path, csv, manager, language);
	}

	private HttpResponse<String> post(String path, byte[] csv, String token, String language) {
		return http.send(http.request(path)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "text/csv")
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
	}

	private List<String> names(String q) {
		HttpResponse<String> response = http.get("/api/v1/customers?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
				manager);
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		Http.json(response.body()).get("items").forEach(item -> names.add(item.get("name").asString()));
		return names;
	}

	private static JsonNode byName(JsonNode items, String name) {
		for (JsonNode item : items) {
			if (item.get("name").asString().equals(name)) {
				return item;
			}
		}
		throw new AssertionError("No " + name + " in " + items);
	}

	private static List<String> errors(JsonNode report) {
		List<String> errors = new ArrayList<>();
		report.get("errors").forEach(error -> errors.add(error.get("row").asInt() + " " + error.get("field").asString()));
		return errors;
	}

	private long importAudits() {
		return jdbc.sql("select count(*) from audit_event where action = 'customer.imported'").query(Long.class).single();
	}

}
