package io.kairos.desk.console;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Browser;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The agent console in headless Chromium: markup in a ticket's subject, description and replies is shown as text
 * in the queue and on the ticket page, and the keyboard reaches the reply box and sends it.
 */
@KairosIntegrationTest
class ConsoleBrowserIntegrationTests {

	static final String SUBJECT = "<img src=x onerror=alert(1)>";

	static final String BODY = "<script>alert(2)</script>";

	static final String REPLY = "<img src=x onerror=alert(3)> 已收到";

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
	void markupInATicketIsTextInTheQueueAndOnTheTicketPage() {
		Http http = new Http(port);
		String token = DeskTestData.token(http, "agent");
		HttpResponse<String> created = http.postJson("/api/v1/tickets", token, """
				{"customer":{"name":"脚本测试","phone":"%s"},"subject":"%s","description":"%s"}"""
			.formatted(DeskTestData.freshMobile(), SUBJECT, BODY));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode ticket = Http.json(created.body());
		long id = ticket.get("id").asLong();
		long agentId = Http.json(http.get("/api/v1/me", token).body()).get("user").get("id").asLong();
		assertThat(http.postJson("/api/v1/tickets/" + id + "/assign", token, "{\"assigneeId\":" + agentId + "}").statusCode())
			.isEqualTo(200);
		browser = Browser.start(port);
		WebDriver driver = browser.driver();
		browser.signIn("agent");

		browser.open("/desk?q=" + ticket.get("number").asString());
		assertThat(driver.findElement(By.cssSelector("tr[data-ticket='" + id + "'] .ticket-subject")).getText())
			.isEqualTo(SUBJECT);
		assertHarmless(driver);
		browser.screenshot("desk-queue-markup-as-text");

		browser.clickAndWaitForPage(By.cssSelector("tr[data-ticket='" + id + "'] a.ticket-number"));
		assertThat(driver.findElement(By.id("ticket-subject")).getText()).isEqualTo(SUBJECT);
		assertThat(driver.findElement(By.cssSelector(".message-description .message-body")).getText()).isEqualTo(BODY);
		assertHarmless(driver);

		// "r" from the page jumps to the reply box; Ctrl+Enter sends the reply.
		driver.findElement(By.tagName("body")).sendKeys("r");
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("composer-body");
		driver.switchTo().activeElement().sendKeys(REPLY);
		((JavascriptExecutor) driver).executeScript("window.kairosLeaving = true;");
		driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("return window.kairosLeaving !== true && document.readyState === 'complete';")));
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message-public .message-body")));
		assertThat(driver.findElement(By.cssSelector(".message-public .message-body")).getText()).isEqualTo(REPLY);
		assertHarmless(driver);
		browser.screenshot("desk-ticket-markup-as-text");

		List<LogEntry> console = browser.console();
		assertThat(console).noneSatisfy(entry -> assertThat(entry.getMessage()).containsAnyOf("Content Security Policy",
				"Refused to execute"));
	}

	private static void assertHarmless(WebDriver driver) {
		assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
		assertThat(driver.findElements(By.cssSelector("img[src=x]"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector("main script:not([src])"))).isEmpty();
	}

}
