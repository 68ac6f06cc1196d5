package io.kairos.customer;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation on create, and the import and bulk export carrying WeChat openid (masked out), notes, language,
 * organisation and account manager; search by the exact openid.
 */
@KairosIntegrationTest
class CustomerImportExportFieldsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String agent;

	String manager;

	String run;

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = CustomerTestData.token(http, "agent");
		manager = CustomerTestData.token(http, "manager");
		run = Long.toString(System.nanoTime(), 36);
	}

	long organisation() {
		HttpResponse<String> created = http.postJson("/api/v1/customers", agent, """
				{"name":"组织%s","mobile":"%s","kind":"ORGANISATION"}""".formatted(run, CustomerTestData.freshMobile()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return Http.json(created.body()).get("id").asLong();
	}

	@Test
	void aPersonIsAddedWithTheirOrganisationAndAnythingElseIsA400NamingTheField() {
		long organisation = organisation();
		HttpResponse<String> created = http.postJson("/api/v1/customers", agent, """
				{"name":"员工","mobile":"%s","organisationId":%d}""".formatted(CustomerTestData.freshMobile(), organisation));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(Http.json(created.body()).get("organisationId").asLong()).isEqualTo(organisation);
		long person = Http.json(created.body()).get("id").asLong();
		assertThat(Http.json(http.get("/api/v1/customers/" + organisation + "/members", agent).body())
			.findValuesAsString("id")).containsExactly(Long.toString(person));

		String[] refused = { "\"organisationId\":" + person, "\"organisationId\":987654321",
				"\"organisationId\":" + organisation + ",\"kind\":\"ORGANISATION\"", "\"organisationId\":\"x\"" };
		for (String bad : refused) {
			String mobile = CustomerTestData.freshMobile();
			HttpResponse<String> response = http.postJson("/api/v1/customers", agent,
					"{\"name\":\"员工\",\"mobile\":\"%s\",%s}".formatted(mobile, bad));
			assertThat(response.statusCode()).as(bad).isEqualTo(400);
			assertThat(Http.json(response.body()).get("errors").findValuesAsString("field")).as(bad)
				.containsExactly("organisationId");
			assertThat(jdbc.sql("select count(*) from customer where mobile = :m").param("m", "+86" + mobile)
				.query(Long.class).single()).isZero();
		}
	}

	@Test
	void theAddFormTakesTheOrganisation() {
		long organisation = organisation();
		http.login("agent", Http.DEMO_PASSWORD);
		HttpResponse<String> refused = http.submit("/customers/new", "/customers", "name", "表单员工", "mobile",
				CustomerTestData.freshMobile(), "gender", "UNDISCLOSED", "kind", "PERSON", "stage", "AWARE",
				"organisationId", "987654321");
		assertThat(Jsoup.parse(refused.body()).select("#customer-form .is-invalid").eachAttr("name"))
			.containsExactly("organisationId");

		HttpResponse<String> created = http.submit("/customers/new", "/customers", "name", "表单员工", "mobile",
				CustomerTestData.freshMobile(), "gender", "UNDISCLOSED", "kind", "PERSON", "stage", "AWARE",
				"organisationId", Long.toString(organisation));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(Jsoup.parse(http.get(location.substring(location.indexOf("/customers/")), null).body())
			.select("#customer-organisation").text()).isEqualTo("组织" + run);
	}

	@Test
	void theImportTakesTheNewColumnsInChineseAndTheExportGivesThemBackWithTheOpenidMasked() {
		long organisation = organisation();
		String openid = "oImp_" + run;
		String csv = """
				姓名,手机号,微信 openid,备注,沟通语言,所属组织,客户经理
				导入%1$s,%2$s,%3$s,"第一行
				第二行",英文,%4$d,manager
				""".formatted(run, CustomerTestData.freshMobile(), openid, organisation);

		HttpResponse<String> imported = importCsv(csv);

		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		JsonNode customer = Http.json(http.get("/api/v1/customers?q=" + URLEncoder.encode("导入" + run,
				StandardCharsets.UTF_8), agent).body()).get("items").get(0);
		assertThat(customer.get("notes").asString()).isEqualTo("第一行\n第二行");
		assertThat(customer.get("language").asString()).isEqualTo("en");
		assertThat(customer.get("organisationId").asLong()).isEqualTo(organisation);
		assertThat(customer.get("accountManager").get("displayName").asString()).isEqualTo("张伟 Manager");
		assertThat(customer.get("wechatOpenid").asString()).isNotEqualTo(openid).contains("*");

		HttpResponse<byte[]> export = http.sendBytes(http.request("/api/v1/customers/export.csv?q="
				+ URLEncoder.encode("导入" + run, StandardCharsets.UTF_8)).header("Authorization", "Bearer " + manager)
			.header("Accept-Language", "en"));
		String text = new String(export.body(), StandardCharsets.UTF_8).substring(1);
		assertThat(text).doesNotContain(openid);
		List<CSVRecord> rows = records(text);
		List<String> header = rows.get(0).toList();
		List<String> row = rows.get(1).toList();
		assertThat(header.subList(header.size() - 5, header.size())).containsExactly("WeChat openid", "Notes", "Language",
				"Organisation", "Account manager");
		assertThat(row.subList(row.size() - 5, row.size())).containsExactly(customer.get("wechatOpenid").asString(),
				"第一行\n第二行", "en", Long.toString(organisation), "manager");

		// What the export wrote, the import reads: the English titles are import titles too.
		String again = String.join(",", header.subList(header.size() - 4, header.size())) + ",name,mobile\n"
				+ "\"n\",zh-CN," + organisation + ",agent,再导入" + run + "," + CustomerTestData.freshMobile() + "\n";
		assertThat(importCsv(again).statusCode()).as(again).isEqualTo(200);
	}

	@Test
	void badValuesInTheNewColumnsNameRowAndColumnAndNothingIsStored() {
		long person = CustomerTestData.create(http, agent, "个人" + run, CustomerTestData.freshMobile());
		String csv = """
				name,mobile,language,organisation,accountManager,wechatOpenid
				坏行%1$s,%2$s,fr,,,
				坏行%1$s,%3$s,,x,,
				坏行%1$s,%4$s,,%5$d,,
				坏行%1$s,%6$s,,,nobody-%1$s,
				坏行%1$s,%7$s,,,,bad id
				""".formatted(run, CustomerTestData.freshMobile(), CustomerTestData.freshMobile(),
				CustomerTestData.freshMobile(), person, CustomerTestData.freshMobile(), CustomerTestData.freshMobile());

		HttpResponse<String> response = importCsv(csv);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		List<String> errors = new ArrayList<>();
		Http.json(response.body()).get("errors")
			.forEach(error -> errors.add(error.get("row").asInt() + " " + error.get("field").asString()));
		assertThat(errors).containsExactly("1 language", "2 organisation", "3 organisation", "4 accountManager",
				"5 wechatOpenid");
		assertThat(jdbc.sql("select count(*) from customer where name = :n").param("n", "坏行" + run).query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSearchFindsByTheWholeOpenidOnly() {
		String openid = "oFind_" + run;
		HttpResponse<String> created = http.postJson("/api/v1/customers", agent, """
				{"name":"微信客户","mobile":"%s","wechatOpenid":"%s"}""".formatted(CustomerTestData.freshMobile(), openid));
		long id = Http.json(created.body()).get("id").asLong();

		HttpResponse<String> found = http.get("/api/v1/customers?q=" + openid, agent);
		assertThat(Http.json(found.body()).get("items").findValuesAsString("id")).containsExactly(Long.toString(id));
		assertThat(found.body()).doesNotContain(openid);
		assertThat(Http.json(http.get("/api/v1/customers?q=" + openid.substring(0, openid.length() - 2), agent).body())
			.get("items").findValuesAsString("id")).doesNotContain(Long.toString(id));
	}

	private HttpResponse<String> importCsv(String csv) {
		return http.send(http.request("/api/v1/customers/import?dryRun=false")
			.header("Authorization", "Bearer " + manager)
			.header("Content-Type", "text/csv")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8))));
	}

	private static List<CSVRecord> records(String text) {
		try {
			return CSVFormat.RFC4180.parse(new java.io.StringReader(text)).getRecords();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
