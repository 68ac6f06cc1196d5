package io.kairos.customer;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Browser;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 9 in headless Chromium: an agent finds a customer by a Chinese name fragment and sees the mobile
 * masked on the 360 page; a manager reveals it in full, and the audit log shows the reveal.
 */
@KairosIntegrationTest
class CustomerBrowserIntegrationTests {

	/** A Chinese mobile number in full, in any of the forms a page could print it. */
	static final Pattern FULL_MOBILE = Pattern.compile("1[3-9]\\d{9}|1[3-9]\\d[ -]\\d{4}[ -]\\d{4}");

	@LocalServerPort
	int port;

	Http http;

	Browser browser;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void agentFindsByChineseFragmentSeesItMaskedAndManagerRevealsItAudited() {
		String fragment = "浏览" + (char) ('甲' + ThreadLocalRandom.current().nextInt(10)) + "测";
		String name = "欧阳" + fragment + "试";
		String mobile = CustomerTestData.freshMobile();
		long id = CustomerTestData.create(http, CustomerTestData.token(http, "agent"), name, mobile);
		browser = Browser.start(port);
		WebDriver driver = browser.driver();

		browser.signIn("agent");
		browser.open("/customers");
		driver.findElement(By.id("q")).sendKeys(fragment);
		browser.clickAndWaitForPage(By.cssSelector("#customer-search button[type='submit']"));
		WebElement found = driver.findElements(By.cssSelector("#customers-table .customer-name"))
			.stream()
			.filter(cell -> cell.getText().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + name + " in " + driver.getPageSource()));
		assertThat(FULL_MOBILE.matcher(driver.getPageSource()).find()).as("full number in the result list").isFalse();
		WebElement link = found.findElement(By.xpath("./ancestor::a"));
		browser.clickAndWaitForPage(link);

		assertThat(driver.getCurrentUrl()).endsWith("/customers/" + id);
		assertThat(driver.findElement(By.id("customer-name")).getText()).isEqualTo(name);
		assertThat(driver.findElement(By.id("customer-mobile")).getText()).isEqualTo(CustomerTestData.masked(mobile));
		assertThat(FULL_MOBILE.matcher(driver.getPageSource()).find()).as("full number on the agent's page").isFalse();
		assertThat(driver.findElements(By.id("reveal"))).as("agents have no reveal button").isEmpty();
		browser.screenshot("customer-360-agent");

		driver.manage().deleteAllCookies();
		browser.signIn("manager");
		browser.open("/customers/" + id);
		assertThat(driver.findElement(By.id("customer-mobile")).getText()).isEqualTo(CustomerTestData.masked(mobile));
		browser.clickAndWaitForPage(By.id("reveal"));

		assertThat(driver.findElement(By.id("customer-mobile")).getText()).isEqualTo("+86" + mobile);
		assertThat(driver.findElement(By.id("revealed-notice")).isDisplayed()).isTrue();
		browser.screenshot("customer-360-revealed");
		JsonNode audit = Http.json(http.get("/api/v1/audit-events?action=customer.pii.revealed&subjectType=customer&subjectId="
				+ id, CustomerTestData.token(http, "admin")).body());
		assertThat(audit.get("items")).hasSize(1);
		assertThat(audit.get("items").get(0).get("actor").asString()).isEqualTo("manager");
		assertThat(audit.get("items").get(0).toString()).doesNotContain(mobile);
	}

}
