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
		follow(driver, resolved, "counted=resolved");

		assertThat(driver.getCurrentUrl()).contains("/analytics/drill").contains("counted=resolved");
		assertThat(total(driver)).isEqualTo(figure);
		assertThat(driver.findElements(By.cssSelector("#drill-list tbody tr")))
			.hasSize((int) Math.min(figure, DrillPageController.PAGE_SIZE));
		assertThat(countedOnAllPages(driver)).isEqualTo(figure);

		browser.open(dashboard);
		// A team's resolution SLA breaches, or its resolved tickets when the demo data has no breach in the period.
		WebElement breaches = teamCell(driver, 5);
		if (breaches == null) {
			breaches = teamCell(driver, 2);
		}
		assertThat(breaches).as("a team with a positive figure").isNotNull();
		String counted = breaches.getAttribute("href").contains("res-sla-breached") ? "res-sla-breached" : "resolved";
		long teamBreaches = Long.parseLong(breaches.getText().strip());
		String href = breaches.getAttribute("href");
		Matcher team = TEAM.matcher(URLDecoder.decode(href, StandardCharsets.UTF_8));
		assertThat(team.find()).as(href).isTrue();
		follow(driver, breaches, "counted=" + counted);

		assertThat(driver.getCurrentUrl()).contains("counted=" + counted);
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

	/** Clicks a link and waits until the drill-down it leads to is shown. */
	private void follow(WebDriver driver, WebElement link, String addressPart) {
		((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", link);
		link.click();
		browser.waitUntil(d -> d.getCurrentUrl().contains(addressPart)
				&& !d.findElements(By.id("drill-total")).isEmpty());
	}

	/** The first team row with a positive, linked number in the column, or null. */
	private static WebElement teamCell(WebDriver driver, int column) {
		for (WebElement row : driver.findElements(By.cssSelector("#table-teams tbody tr"))) {
			List<WebElement> links = row.findElements(By.cssSelector("td:nth-child(" + (column + 1) + ") a.drill"));
			if (!links.isEmpty() && Long.parseLong(links.get(0).getText().strip()) > 0) {
				return links.get(0);
			}
		}
		return null;
	}

	private static long total(WebDriver driver) {
		return Long.parseLong(driver.findElement(By.id("drill-total")).getText().strip());
	}

	/** Follows the list's "next" link to the last page, adding up what each listed ticket counts. */
	private long countedOnAllPages(WebDriver driver) {
		int tickets = Integer.parseInt(driver.findElement(By.id("drill-tickets")).getAttribute("data-tickets"));
		long sum = 0;
		int rows = 0;
		for (int page = 1; ; page++) {
			for (WebElement row : driver.findElements(By.cssSelector("#drill-list tbody tr"))) {
				sum += Long.parseLong(row.getAttribute("data-count"));
				rows++;
			}
			List<WebElement> next = driver.findElements(By.cssSelector("#drill-pages li:not(.disabled) #drill-next"));
			if (next.isEmpty()) {
				break;
			}
			follow(driver, next.get(0), "page=" + page);
		}
		assertThat(rows).isEqualTo(tickets);
		return sum;
	}

	static boolean severe(LogEntry entry) {
		return entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue();
	}

}
