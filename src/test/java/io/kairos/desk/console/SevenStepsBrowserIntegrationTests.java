package io.kairos.desk.console;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Browser;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One ticket walked through all seven service steps in headless Chromium, the way an agent works it: ticking each
 * step's checklist and advancing, replying with a macro, recording a promise and marking it kept, answering the
 * exception-handling prompt with a reply, resolving, and recording the callback's outcome.
 */
@KairosIntegrationTest
class SevenStepsBrowserIntegrationTests {

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
	void anAgentWalksATicketThroughTheSevenStepsWithAMacroAPromiseAndACallback() {
		Http http = new Http(port);
		String token = DeskTestData.token(http, "agent");
		JsonNode ticket = DeskTestData.open(http, token, "七步走查：宽带报修", "\"type\":\"REPAIR\",\"category\":\"device.fault\"");
		long id = ticket.get("id").asLong();
		String customerName = ticket.get("customer").get("name").asString();

		browser = Browser.start(port);
		WebDriver driver = browser.driver();
		browser.signIn("agent");
		browser.open("/desk/tickets/" + id);

		for (int step = 1; step <= 6; step++) {
			if (step == 3) {
				replyWithTheFirstMacro(driver, customerName, ticket.get("number").asString());
			}
			if (step == 4) {
				promiseAndKeep(driver);
			}
			if (step == 5) {
				answerTheExceptionPrompt(driver);
			}
			if (step == 6) {
				browser.clickAndWaitForPage(By.id("move-RESOLVED"));
				recordTheCallback(driver);
			}
			tickEveryItem(driver);
			clickWhenSettled(By.id("advance-step"));
			int next = step + 1;
			browser.waitUntil(d -> Integer.toString(next).equals(currentStep(d)));
		}
		browser.screenshot("desk-seven-steps-done");

		JsonNode now = Http.json(http.get("/api/v1/tickets/" + id, token).body());
		assertThat(now.get("step").get("number").asInt()).isEqualTo(7);
		assertThat(now.get("status").asString()).isEqualTo("RESOLVED");
		JsonNode steps = Http.json(http.get("/api/v1/tickets/" + id + "/steps", token).body());
		assertThat(steps.toString()).contains("\"step\":7");
		JsonNode promises = Http.json(http.get("/api/v1/tickets/" + id + "/promises", token).body());
		assertThat(promises.findValuesAsString("status")).containsExactly("KEPT");
		JsonNode callbacks = Http.json(http.get("/api/v1/tickets/" + id + "/callbacks", token).body());
		assertThat(callbacks.findValuesAsString("outcome")).containsExactly("SATISFIED");
		List<String> actions = new ArrayList<>();
		Http.json(http.get("/api/v1/tickets/" + id + "/history", token).body())
			.forEach(entry -> actions.add(entry.get("action").asString()));
		assertThat(actions).contains("macro.applied", "ticket.step", "ticket.status");
		assertThat(actions.stream().filter("ticket.step"::equals)).hasSize(6);
	}

	/** Ticks every unticked item of the current step; each tick re-renders the panel, so look again after each. */
	private void tickEveryItem(WebDriver driver) {
		for (int attempt = 0; attempt < 60; attempt++) {
			browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#step-checklist")));
			browser.waitUntil(SevenStepsBrowserIntegrationTests::settled);
			List<WebElement> open = driver.findElements(By.cssSelector("#step-checklist input[type=checkbox]:not(:checked)"));
			if (open.isEmpty()) {
				return;
			}
			try {
				click(driver, open.get(0));
			}
			catch (StaleElementReferenceException reloaded) {
				// the panel was re-rendered under us; look again
			}
			browser.waitUntil(SevenStepsBrowserIntegrationTests::settled);
		}
		throw new AssertionError("The checklist could not be ticked: " + driver.findElement(By.id("step-checklist")).getText());
	}

	private static boolean settled(WebDriver driver) {
		return Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null;"));
	}

	/** Clicks once no htmx request is in flight, finding the element afresh if a panel re-rendered meanwhile. */
	private void clickWhenSettled(By by) {
		browser.waitUntil(d -> {
			if (Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return document.querySelector('.htmx-request') !== null;"))) {
				return false;
			}
			try {
				click(d, d.findElement(by));
				return true;
			}
			catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException
					| org.openqa.selenium.ElementClickInterceptedException notYet) {
				return false;
			}
		});
	}

	/** Scrolls the element to the middle of the window first, where nothing covers it. */
	private static void click(WebDriver driver, WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private static String currentStep(WebDriver driver) {
		try {
			List<WebElement> badge = driver.findElements(By.id("current-step"));
			return badge.isEmpty() ? null : badge.get(0).getDomAttribute("data-step");
		}
		catch (StaleElementReferenceException swapped) {
			return null;
		}
	}

	/** Applies the seeded "Acknowledge" macro (other tests add macros of their own to the same list). */
	private void replyWithTheFirstMacro(WebDriver driver, String customerName, String number) {
		driver.findElement(By.id("composer-search")).sendKeys("Acknowledge");
		By apply = By.xpath("//li[@data-macro][.//*[contains(@class,'macro-name')][contains(., 'Acknowledge')]]"
				+ "//button[contains(@class,'macro-apply')]");
		browser.waitUntil(ExpectedConditions.elementToBeClickable(apply));
		browser.waitUntil(SevenStepsBrowserIntegrationTests::settled);
		int before = driver.findElements(By.cssSelector("#messages .message")).size();
		browser.clickAndWaitForPage(apply);
		List<WebElement> messages = driver.findElements(By.cssSelector("#messages .message"));
		assertThat(messages).hasSize(before + 1);
		String reply = messages.get(messages.size() - 1).getText();
		assertThat(reply).as("the macro's placeholders are filled").contains(customerName).contains(number)
			.doesNotContain("{{");
	}

	private void promiseAndKeep(WebDriver driver) {
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("promise-what")));
		driver.findElement(By.id("promise-what")).sendKeys("明天 15:00 前回电确认修复结果");
		String due = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(1).withHour(15).withMinute(0)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
		((JavascriptExecutor) driver).executeScript("document.getElementById('promise-due').value = arguments[0];", due);
		clickWhenSettled(By.cssSelector("#promise-form button[type=submit]"));
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#promise-list button[value=KEPT]")));
		clickWhenSettled(By.cssSelector("#promise-list button[value=KEPT]"));
		browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#promise-list button[value=KEPT]")));
	}

	private void answerTheExceptionPrompt(WebDriver driver) {
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("notify-customer-prompt")));
		driver.findElement(By.id("composer-body")).sendKeys("您好，师傅今天临时有事，改为明天上午上门，给您带来不便非常抱歉。");
		browser.clickAndWaitForPage(By.id("composer-send"));
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("step-checklist")));
		assertThat(driver.findElements(By.id("notify-customer-prompt"))).as("the update answered the prompt").isEmpty();
	}

	private void recordTheCallback(WebDriver driver) {
		By satisfied = By.cssSelector("#callback-panel-body input[value=SATISFIED]");
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(satisfied));
		clickWhenSettled(satisfied);
		clickWhenSettled(By.cssSelector("#callback-panel-body form button[type=submit]"));
		browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(satisfied));
	}

}
