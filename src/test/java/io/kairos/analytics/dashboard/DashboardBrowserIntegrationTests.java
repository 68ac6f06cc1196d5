package io.kairos.analytics.dashboard;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Browser;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 3 in headless Chromium on the demo data: the manager opens the dashboard, clicks the resolved figure
 * and then a team's resolution SLA breaches, and each time the list shows exactly that many records, every one of
 * them of the clicked team; the browser console stays clean.
 */
@KairosIntegrationTest
class DashboardBrowserIntegrationTests {

	static final Pattern TEAM = Pattern.compile("[?&]team=(\\d+)");

	@LocalServerPort
	int port;

	Browser browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aClickedNumberOpensTheListOfExactlyTheRecordsItCounts() {
		Browser.requireAvailable();
		Http http = new Http(port);
		// The demo tickets are loaded in bulk, without events: count them once, as an admin would after an import.
		assertThat(http.postJson("/api/v1/analytics/rebuild", http.tokenFor("admin"), "{}").statusCode())
			.isBetween(200, 299);
		browser = Browser.start(port);
		WebDriver driver = browser.driver();
		browser.signIn("manager");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String dashboard = "/analytics/dashboard?from=" + today.minusDays(180) + "&to=" + today;

		browser.open(dashboard);
		assertThat(driver.getCurrentUrl()).contains("/analytics/dashboard/manager");
		assertThat(driver.findElement(By.id("tab-manager")).getAttribute("class")).contains("active");
		WebElement resolved = driver.findElement(By.cssSelector(".figure[data-kpi='resolved'] a.figure-value"));
		long figure = Long.parseLong(resolved.getText().strip());
		assertThat(figure).as("demo tickets resolved in the last 180 days").isPositive();
		browser.clickAndWaitForPage(resolved);

		assertThat(driver.getCurrentUrl()).contains("/analytics/drill").contains("counted=resolved");
		assertThat(total(driver)).isEqualTo(figure);
		assertThat(countedOnAllPages(driver)).isEqualTo(figure);

		browser.open(dashboard);
		WebElement breaches = teamCell(driver, 5);
		long teamBreaches = Long.parseLong(breaches.getText().strip());
		String href = breaches.getAttribute("href");
		Matcher team = TEAM.matcher(URLDecoder.decode(href, StandardCharsets.UTF_8));
		assertThat(team.find()).as(href).isTrue();
		browser.clickAndWaitForPage(breaches);

		assertThat(driver.getCurrentUrl()).contains("counted=res-sla-breached");
		assertThat(total(driver)).isEqualTo(teamBreaches);
		List<WebElement> rows = driver.findElements(By.cssSelector("#drill-list tbody tr"));
		assertThat(rows).hasSize((int) Math.min(teamBreaches, DrillPageController.PAGE_SIZE));
		rows.forEach(row -> {
			assertThat(row.getAttribute("data-team")).isEqualTo(team.group(1));
			assertThat(row.findElement(By.cssSelector("td a")).getAttribute("href"))
				.contains("/desk/tickets/" + row.getAttribute("data-ticket"));
		});
		assertThat(browser.console()).noneMatch(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
	}

	/** The first team row with a positive, linked number in the column. */
	private static WebElement teamCell(WebDriver driver, int column) {
		for (WebElement row : driver.findElements(By.cssSelector("#table-teams tbody tr"))) {
			List<WebElement> links = row.findElements(By.cssSelector("td:nth-child(" + (column + 1) + ") a.drill"));
			if (!links.isEmpty() && Long.parseLong(links.get(0).getText().strip()) > 0) {
				return links.get(0);
			}
		}
		throw new AssertionError("No team with SLA breaches on " + driver.getCurrentUrl());
	}

	private static long total(WebDriver driver) {
		return Long.parseLong(driver.findElement(By.id("drill-total")).getText().strip());
	}

	/** Walks the pages and adds up what each listed ticket counts. */
	private long countedOnAllPages(WebDriver driver) {
		long sum = 0;
		while (true) {
			for (WebElement row : driver.findElements(By.cssSelector("#drill-list tbody tr"))) {
				sum += Long.parseLong(row.getAttribute("data-count"));
			}
			List<WebElement> next = driver.findElements(By.cssSelector("#drill-pages li:not(.disabled) #drill-next"));
			if (next.isEmpty()) {
				return sum;
			}
			browser.clickAndWaitForPage(next.get(0));
		}
	}

	static boolean severe(LogEntry entry) {
		return entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue();
	}

}
