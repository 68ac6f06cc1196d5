package io.kairos.customer;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.Browser;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The 360 page's forms for consent, personality type and contracts: same services as the API, CSRF, refusals shown. */
@KairosIntegrationTest
class CareFormsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String agent;

	Browser browser;

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = CustomerTestData.token(http, "agent");
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void consentIsGrantedAndWithdrawnThroughTheFormAndAudited() {
		long id = CustomerTestData.create(http, agent, "表单许可", CustomerTestData.freshMobile());
		http.login("agent", Http.DEMO_PASSWORD);

		HttpResponse<String> saved = post(id, "/consents", true, "channel", "SMS", "status", "WITHDRAWN", "source",
				"PHONE_CALL");

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		Document fragment = Jsoup.parse(saved.body());
		assertThat(fragment.select("#care-notice").text()).isEqualTo("修改已保存。");
		assertThat(fragment.select("#consents .consent").text()).contains("短信", "电话");
		JsonNode consents = Http.json(http.get("/api/v1/customers/" + id + "/consents", agent).body());
		assertThat(consents.toString()).contains("\"channel\":\"SMS\",\"status\":\"WITHDRAWN\",\"source\":\"PHONE_CALL\"");
		assertThat(http.get("/api/v1/audit-events?action=customer.consent.changed&subjectType=customer&subjectId=" + id,
				CustomerTestData.token(http, "admin")).body()).contains("agent");

		HttpResponse<String> plain = post(id, "/consents", false, "channel", "SMS", "status", "GRANTED", "source", "FORM");
		assertThat(plain.statusCode()).as("without script: back to the customer page").isEqualTo(302);
		assertThat(plain.headers().firstValue("Location").orElseThrow()).endsWith("/customers/" + id);
		assertThat(Http.json(http.get("/api/v1/customers/" + id + "/consents", agent).body()).get(0).get("status")
			.asString()).isEqualTo("GRANTED");
	}

	@Test
	void refusalsShowNextToTheFieldAndStoreNothing() {
		long id = CustomerTestData.create(http, agent, "表单拒绝", CustomerTestData.freshMobile());
		http.login("agent", Http.DEMO_PASSWORD);

		Document consent = Jsoup.parse(post(id, "/consents", true, "channel", "SMS", "status", "GRANTED", "source", "").body());
		assertThat(consent.select("#consent-form .is-invalid").eachAttr("name")).containsExactly("source");
		Document unknown = Jsoup.parse(post(id, "/consents", true, "channel", "SMS", "status", "GRANTED", "source",
				"hotline").body());
		assertThat(unknown.select("#consent-form .is-invalid").eachAttr("name")).containsExactly("source");
		assertThat(count("customer_consent", id)).isZero();

		Document personality = Jsoup.parse(post(id, "/personality", true, "type", "NO_SUCH_TYPE").body());
		assertThat(personality.select("#personality-form .is-invalid").eachAttr("name")).containsExactly("type");
		assertThat(count("customer_personality", id)).isZero();

		Document endsBefore = Jsoup.parse(post(id, "/contracts", true, "kind", "WARRANTY", "title", "延保", "coverage",
				"空调", "startsOn", "2026-05-01", "endsOn", "2026-04-30").body());
		assertThat(endsBefore.select("#contract-form .is-invalid").eachAttr("name")).containsExactly("endsOn");
		assertThat(endsBefore.select("#contract-form input[name=title]").val()).as("what was typed stays").isEqualTo("延保");
		Document noDate = Jsoup.parse(post(id, "/contracts", false, "kind", "WARRANTY", "title", "延保", "coverage", "",
				"startsOn", "2026-02-30", "endsOn", "2026-04-30").body());
		assertThat(noDate.select("#contract-form .is-invalid").eachAttr("name")).containsExactlyInAnyOrder("coverage",
				"startsOn");
		assertThat(noDate.select("title").text()).as("without script: a page of its own").contains("Kairos");
		assertThat(count("customer_contract", id)).isZero();
	}

	@Test
	void personalityAndContractsAreSetThroughTheForms() {
		long id = CustomerTestData.create(http, agent, "表单合同", CustomerTestData.freshMobile());
		http.login("agent", Http.DEMO_PASSWORD);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

		Document typed = Jsoup.parse(post(id, "/personality", true, "type", "RATIONAL").body());
		assertThat(typed.select("#personality-form select[name=type] option[selected]").val()).isEqualTo("RATIONAL");
		assertThat(Http.json(http.get("/api/v1/customers/" + id + "/personality", agent).body()).get("code").asString())
			.isEqualTo("RATIONAL");

		Document added = Jsoup.parse(post(id, "/contracts", true, "kind", "SERVICE", "title", "上门保养", "coverage",
				"每年两次上门保养", "startsOn", today.toString(), "endsOn", today.plusDays(10).toString()).body());
		assertThat(added.select("#contracts .contract").text()).contains("上门保养", "每年两次上门保养",
				today.plusDays(10).toString());
		assertThat(added.select("#contract-form input[name=title]").val()).as("the form starts afresh").isEmpty();
		JsonNode expiring = Http.json(http.get("/api/v1/contracts/expiring?days=30", agent).body());
		assertThat(expiring.findValuesAsString("title")).contains("上门保养");

		Document cleared = Jsoup.parse(post(id, "/personality", true, "type", "").body());
		assertThat(cleared.select("#personality-type")).isEmpty();
	}

	@Test
	void theFormsNeedCsrfAndThePermissionToWrite() {
		long id = CustomerTestData.create(http, agent, "表单权限", CustomerTestData.freshMobile());
		http.login("agent", Http.DEMO_PASSWORD);
		HttpResponse<String> noToken = http.send(http.request("/customers/" + id + "/consents")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("channel=SMS&status=GRANTED&source=FORM")));
		assertThat(noToken.statusCode()).isEqualTo(403);

		Http analyst = new Http(port);
		analyst.login("analyst", Http.DEMO_PASSWORD);
		HttpResponse<String> refused = analyst.submit("/profile", "/customers/" + id + "/consents", "channel", "SMS",
				"status", "GRANTED", "source", "FORM");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(count("customer_consent", id)).isZero();
	}

	@Test
	void anAgentRecordsConsentOnTheCustomerPageInTheBrowser() {
		Browser.requireAvailable();
		long id = CustomerTestData.create(http, agent, "浏览器许可", CustomerTestData.freshMobile());
		browser = Browser.start(port);
		WebDriver driver = browser.driver();
		browser.signIn("agent");
		browser.open("/customers/" + id);
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("consent-form")));

		new Select(driver.findElement(By.cssSelector("#consent-form select[name=channel]"))).selectByValue("WECHAT");
		new Select(driver.findElement(By.cssSelector("#consent-form select[name=status]"))).selectByValue("GRANTED");
		click(driver, By.id("consent-save"));
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#consent-form .is-invalid")));
		assertThat(driver.findElement(By.cssSelector("#consent-form select.is-invalid")).getAttribute("name"))
			.isEqualTo("source");

		new Select(driver.findElement(By.cssSelector("#consent-form select[name=channel]"))).selectByValue("WECHAT");
		new Select(driver.findElement(By.cssSelector("#consent-form select[name=source]"))).selectByValue("WECHAT");
		click(driver, By.id("consent-save"));
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("care-notice")));

		assertThat(driver.findElement(By.cssSelector("#consents .consent")).getText()).contains("微信", "已同意");
		assertThat(driver.getCurrentUrl()).as("no page load: htmx swapped the part").endsWith("/customers/" + id);
		assertThat(Http.json(http.get("/api/v1/customers/" + id + "/consents", agent).body()).get(0).get("source")
			.asString()).isEqualTo("WECHAT");
	}

	/** Presses the button with the keyboard, as a user tabbing through the form would (no pointer hit test). */
	private static void click(WebDriver driver, By by) {
		driver.findElement(by).sendKeys(org.openqa.selenium.Keys.ENTER);
	}

	private long count(String table, long id) {
		return jdbc.sql("select count(*) from " + table + " where customer = :id").param("id", id).query(Long.class).single();
	}

	/** Posts a care form with the page's CSRF token, as htmx (with its header) or as a plain form. */
	private HttpResponse<String> post(long id, String path, boolean htmx, String... fields) {
		StringBuilder body = new StringBuilder("_csrf=").append(encode(http.csrfFrom("/customers/" + id)));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		HttpRequest.Builder request = http.request("/customers/" + id + path)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return http.send(request);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
