package io.kairos.customer;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Browser;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 4 in headless Chromium: a manager builds a rule in the segment builder and the live member count
 * follows it (htmx) without a page reload. A marker set on the page's window before the change must still be
 * there after the count has changed: a reload would have dropped it.
 */
@KairosIntegrationTest
class SegmentBuilderBrowserIntegrationTests {

	static final int TAGGED = 3;

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
	void theLiveCountFollowsTheRuleWithoutAPageReload() {
		String tag = "live-" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
		String agent = CustomerTestData.token(http, "agent");
		for (int i = 0; i < TAGGED; i++) {
			var created = http.postJson("/api/v1/customers", agent, "{\"name\":\"实时计数%d\",\"mobile\":\"%s\",\"tags\":[\"%s\"]}"
				.formatted(i, CustomerTestData.freshMobile(), tag));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		}
		browser = Browser.start(port);
		WebDriver driver = browser.driver();
		JavascriptExecutor js = (JavascriptExecutor) driver;
		browser.signIn("manager");
		browser.open("/segments/new");
		String url = driver.getCurrentUrl();
		WebElement html = driver.findElement(By.tagName("html"));
		js.executeScript("window.kairosMarker = 'still here';");

		WebElement field = driver.findElement(By.cssSelector("#segment-form select[name$='.field']"));
		new Select(field).selectByValue("tag");
		String prefix = field.getDomAttribute("name").replaceFirst("\\.field$", "");
		new Select(driver.findElement(By.name(prefix + ".operator"))).selectByValue("in");
		driver.findElement(By.name(prefix + ".values")).sendKeys(tag);
		browser.waitUntil(ExpectedConditions.textToBe(By.id("live-count-value"), Integer.toString(TAGGED)));

		assertThat(js.executeScript("return window.kairosMarker;")).as("the page was not reloaded").isEqualTo("still here");
		assertThat(driver.getCurrentUrl()).isEqualTo(url);
		assertThat(html.isDisplayed()).as("the same document").isTrue();
		browser.screenshot("segment-builder-live-count");

		driver.findElement(By.name(prefix + ".values")).sendKeys("-none");
		browser.waitUntil(ExpectedConditions.textToBe(By.id("live-count-value"), "0"));
		assertThat(js.executeScript("return window.kairosMarker;")).isEqualTo("still here");
	}

}
