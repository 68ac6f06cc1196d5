package io.kairos.customer;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Additional phone numbers (B-02 for each of them): normalised, masked everywhere, revealed on purpose, searchable. */
@KairosIntegrationTest
class CustomerPhonesIntegrationTests {

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

	/** A Beijing landline no demo customer and no other test has: 010 6xxx xxxx. */
	static String freshLandline() {
		return "010-6" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
	}

	@Test
	void additionalNumbersAreStoredInE164AndMaskedForAnAgentInReadsListsAndThePage() {
		String mobile = CustomerTestData.freshMobile();
		String second = CustomerTestData.freshMobile();
		String landline = freshLandline();
		String landlineE164 = "+8610" + landline.substring(4);

		HttpResponse<String> created = http.postJson("/api/v1/customers", agent, """
				{"name":"多号码客户","mobile":"%s","phones":[{"kind":"HOME","number":"%s"},
				 {"kind":"MOBILE","number":"+86 %s"}]}""".formatted(mobile, landline, second));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = Http.json(created.body()).get("id").asLong();
		assertThat(jdbc.sql("select phone from customer_phone where customer = :id order by position").param("id", id)
			.query(String.class).list()).containsExactly(landlineE164, "+86" + second);
		JsonNode phones = Http.json(http.get("/api/v1/customers/" + id, agent).body()).get("phones");
		assertThat(phones.get(0).get("kind").asString()).isEqualTo("HOME");
		assertThat(phones.get(0).get("number").asString()).isEqualTo("+86 10****" + landline.substring(landline.length() - 2));
		assertThat(phones.get(1).get("number").asString()).isEqualTo(CustomerTestData.masked(second));

		for (String typed : new String[] { second, landline, "+86 " + second }) {
			String q = URLEncoder.encode(typed, StandardCharsets.UTF_8);
			HttpResponse<String> found = http.get("/api/v1/customers?q=" + q, agent);
			assertThat(Http.json(found.body()).get("items").findValuesAsString("id")).as(typed).containsExactly(Long.toString(id));
			assertThat(found.body()).doesNotContain(second, landline.substring(4));
			HttpResponse<String> suggested = http.get("/api/v1/customers/autocomplete?q=" + q, agent);
			assertThat(Http.json(suggested.body()).findValuesAsString("id")).as(typed).containsExactly(Long.toString(id));
		}
		assertThat(Http.json(http.get("/api/v1/customers?q=" + second.substring(0, 7), agent).body()).get("items")
			.findValuesAsString("id")).as("a part of a number finds no one").doesNotContain(Long.toString(id));

		http.login("agent", Http.DEMO_PASSWORD);
		String page = http.get("/customers/" + id, null).body();
		assertThat(Jsoup.parse(page).select("#customer-phones").text()).contains(CustomerTestData.masked(second), "家庭电话");
		assertThat(page).doesNotContain(second, landline.substring(4));
		Document list = Jsoup.parse(http.get("/customers?q=" + second, null).body());
		// The search box (and the language links) hold what was typed; the results show it masked.
		assertThat(list.select("#customers-table").html()).contains("多号码客户").doesNotContain(second);
	}

	@Test
	void aManagerSeesThemInFullOnlyThroughTheAuditedRevealAndTheExportsKeepThemMasked() {
		String manager = CustomerTestData.token(http, "manager");
		String second = CustomerTestData.freshMobile();
		String name = "导出号码" + Long.toString(System.nanoTime(), 36);
		HttpResponse<String> created = http.postJson("/api/v1/customers", agent, """
				{"name":"%s","mobile":"%s","phones":[{"kind":"WORK","number":"%s"}]}""".formatted(name,
				CustomerTestData.freshMobile(), second));
		long id = Http.json(created.body()).get("id").asLong();

		HttpResponse<String> revealed = http.postJson("/api/v1/customers/" + id + "/reveal", manager, "");

		assertThat(revealed.statusCode()).isEqualTo(200);
		assertThat(Http.json(revealed.body()).get("phones").get(0).get("number").asString()).isEqualTo("+86" + second);
		String audit = http.get("/api/v1/audit-events?action=customer.pii.revealed&subjectType=customer&subjectId=" + id,
				CustomerTestData.token(http, "admin")).body();
		assertThat(audit).contains("phones").doesNotContain(second);

		String csv = new String(http.sendBytes(http.request("/api/v1/customers/export.csv?q="
				+ URLEncoder.encode(name, StandardCharsets.UTF_8)).header("Authorization", "Bearer " + manager)).body(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("WORK " + CustomerTestData.masked(second)).doesNotContain(second);

		JsonNode export = Http.json(http.get("/api/v1/customers/" + id + "/export", manager).body());
		assertThat(export.get("sections").get("profile").get("phones").get(0).get("number").asString())
			.isEqualTo("+86" + second);
	}

	@Test
	void badNumbersAreRefusedNamingThePlaceAndNothingIsStored() {
		String[][] cases = { { "[{\"kind\":\"HOME\",\"number\":\"abc\"}]", "phones[0].number" },
				{ "[{\"kind\":\"HOME\",\"number\":\"13900139000 ext 5\"}]", "phones[0].number" },
				{ "[{\"kind\":\"HOME\",\"number\":\"021-6000 0000\"},{\"number\":\"13900139001\"}]", "phones[1].kind" },
				{ "[{\"kind\":\"MOBILE\",\"number\":\"010-6552 9988\"}]", "phones[0].number" },
				{ "[{\"kind\":\"FAX\",\"number\":\"010-6552 9988\"}]", "phones" },
				{ "[{\"kind\":\"HOME\",\"number\":\"010-6552 9988\"},{\"kind\":\"WORK\",\"number\":\"+86 10 6552 9988\"}]",
						"phones[1].number" } };
		for (String[] bad : cases) {
			String mobile = CustomerTestData.freshMobile();
			HttpResponse<String> refused = http.postJson("/api/v1/customers", agent,
					"{\"name\":\"坏号码\",\"mobile\":\"%s\",\"phones\":%s}".formatted(mobile, bad[0]));
			assertThat(refused.statusCode()).as(bad[0] + " " + refused.body()).isEqualTo(400);
			assertThat(Http.json(refused.body()).get("errors").findValuesAsString("field").toString()).as(bad[0])
				.contains(bad[1]);
			assertThat(count("select count(*) from customer where mobile = :m", "+86" + mobile)).isZero();
		}
		String mobile = CustomerTestData.freshMobile();
		HttpResponse<String> own = http.postJson("/api/v1/customers", agent,
				"{\"name\":\"坏号码\",\"mobile\":\"%s\",\"phones\":[{\"kind\":\"MOBILE\",\"number\":\"%s\"}]}".formatted(mobile,
						mobile));
		assertThat(own.statusCode()).isEqualTo(400);
		assertThat(Http.json(own.body()).get("errors").findValuesAsString("field")).containsExactly("phones[0].number");
	}

	@Test
	void anotherCustomersPrimaryMobileIsA409EitherWay() {
		String ownerMobile = CustomerTestData.freshMobile();
		long owner = CustomerTestData.create(http, agent, "号码主人", ownerMobile);

		String mobile = CustomerTestData.freshMobile();
		HttpResponse<String> taken = http.postJson("/api/v1/customers", agent, """
				{"name":"借号码","mobile":"%s","phones":[{"kind":"OTHER","number":"%s"}]}""".formatted(mobile,
				"+86 " + ownerMobile));
		assertThat(taken.statusCode()).isEqualTo(409);
		JsonNode problem = Http.json(taken.body());
		assertThat(problem.get("detail").asString()).contains(Long.toString(owner), CustomerTestData.masked(ownerMobile))
			.doesNotContain(ownerMobile);
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("phones[0].number");
		assertThat(count("select count(*) from customer where mobile = :m", "+86" + mobile)).isZero();

		long other = CustomerTestData.create(http, agent, "借号码", mobile);
		assertThat(patch(other, "{\"phones\":[{\"kind\":\"HOME\",\"number\":\"" + ownerMobile + "\"}]}").statusCode())
			.isEqualTo(409);
		String extra = CustomerTestData.freshMobile();
		assertThat(patch(other, "{\"phones\":[{\"kind\":\"HOME\",\"number\":\"" + extra + "\"}]}").statusCode())
			.isEqualTo(200);
		HttpResponse<String> reverse = http.postJson("/api/v1/customers", agent,
				"{\"name\":\"反向\",\"mobile\":\"%s\"}".formatted(extra));
		assertThat(reverse.statusCode()).as("a new primary mobile may not be someone's additional number").isEqualTo(409);
		assertThat(Http.json(reverse.body()).get("errors").findValuesAsString("field")).containsExactly("mobile");
		assertThat(patch(owner, "{\"mobile\":\"" + extra + "\"}").statusCode()).isEqualTo(409);
	}

	@Test
	void aChangeKeepsMaskedNumbersReplacesAndRemovesThemAndIsAudited() {
		String first = CustomerTestData.freshMobile();
		String second = CustomerTestData.freshMobile();
		HttpResponse<String> created = http.postJson("/api/v1/customers", agent, """
				{"name":"改号码","mobile":"%s","phones":[{"kind":"HOME","number":"%s"},{"kind":"WORK","number":"%s"}]}"""
			.formatted(CustomerTestData.freshMobile(), first, second));
		long id = Http.json(created.body()).get("id").asLong();

		JsonNode kept = Http.json(patch(id, """
				{"phones":[{"kind":"MOBILE","number":"%s"}]}""".formatted(CustomerTestData.masked(second))).body());

		assertThat(kept.get("phones")).hasSize(1);
		assertThat(kept.get("phones").get(0).get("kind").asString()).isEqualTo("MOBILE");
		assertThat(jdbc.sql("select phone from customer_phone where customer = :id").param("id", id).query(String.class)
			.list()).containsExactly("+86" + second);
		assertThat(Http.json(patch(id, "{\"city\":\"杭州\"}").body()).get("phones")).as("left out, they stay").hasSize(1);
		assertThat(Http.json(patch(id, "{\"phones\":[]}").body()).get("phones")).isEmpty();
		assertThat(count("select count(*) from customer_phone where customer = :m", id)).isZero();
		String audit = http.get("/api/v1/audit-events?action=customer.updated&subjectType=customer&subjectId=" + id,
				CustomerTestData.token(http, "admin")).body();
		assertThat(audit).contains("phones").doesNotContain(second, first);
	}

	@Test
	void theFormTakesKeepsAndRefusesNumbersNextToTheRow() {
		http.login("agent", Http.DEMO_PASSWORD);
		String second = CustomerTestData.freshMobile();
		HttpResponse<String> created = http.submit("/customers/new", "/customers", "name", "表单号码", "mobile",
				CustomerTestData.freshMobile(), "gender", "UNDISCLOSED", "kind", "PERSON", "stage", "AWARE", "phoneKind1",
				"WORK", "phone1", "", "phoneKind2", "HOME", "phone2", second);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/customers/"));
		Document page = Jsoup.parse(http.get(path, null).body());
		assertThat(page.select("#customer-phones").text()).contains("家庭电话", CustomerTestData.masked(second));
		assertThat(page.select("#customer-form input[name=phone1]").val()).isEqualTo(CustomerTestData.masked(second));
		assertThat(page.select("#customer-form select[name=phoneKind1] option[selected]").val()).isEqualTo("HOME");

		String version = page.select("#customer-form input[name=version]").val();
		HttpResponse<String> refused = http.submit(path, path, "version", version, "name", "表单号码", "gender",
				"UNDISCLOSED", "kind", "PERSON", "stage", "AWARE", "phoneKind1", "HOME", "phone1",
				CustomerTestData.masked(second), "phoneKind3", "WORK", "phone3", "abc");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("#customer-form .is-invalid").eachAttr("name"))
			.containsExactly("phone3");

		HttpResponse<String> saved = http.submit(path, path, "version", version, "name", "表单号码", "gender",
				"UNDISCLOSED", "kind", "PERSON", "stage", "AWARE", "phoneKind1", "OTHER", "phone1",
				CustomerTestData.masked(second));
		assertThat(saved.statusCode()).isEqualTo(302);
		long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("select kind || ' ' || phone from customer_phone where customer = :id").param("id", id)
			.query(String.class).list()).containsExactly("OTHER +86" + second);
	}

	private long count(String sql, Object value) {
		return jdbc.sql(sql).param("m", value).query(Long.class).single();
	}

	private HttpResponse<String> patch(long id, String json) {
		return http.send(http.request("/api/v1/customers/" + id)
			.header("Authorization", "Bearer " + agent)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

}
