package io.kairos.web;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Browser;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** End to end in headless Chromium: sign-in, the language switch, role-aware navigation, and A-01 (stored XSS). */
@KairosIntegrationTest
class BrowserIntegrationTests {

	static final String XSS = "<img src=x onerror=alert(1)>";

	static final String PASSWORD = "browser-test-password";

	@LocalServerPort
	int port;

	Http http;

	Browser browser;

	WebDriver driver;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	/** Starts Chromium for the test (skipped without it, except on CI). */
	void startBrowser() {
		browser = Browser.start(port);
		driver = browser.driver();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void agentSignsInThroughTheLoginFormAndLandsOnHome() {
		startBrowser();
		browser.signIn("agent");

		assertThat(driver.getCurrentUrl()).isEqualTo(browser.base() + "/");
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("王小明 Agent");
		assertThat(driver.findElement(By.id("user-menu")).getText()).isEqualTo("王小明 Agent");
		assertThat(driver.findElements(By.cssSelector("#dashboard [data-role='AGENT']"))).hasSize(1);
		assertThat(severe(browser.console())).isEmpty();
	}

	@Test
	void wrongPasswordStaysOnTheLoginForm() {
		startBrowser();
		browser.signIn("agent", "not-the-password");

		assertThat(driver.getCurrentUrl()).startsWith(browser.base() + "/login");
		assertThat(driver.findElement(By.id("login-error")).isDisplayed()).isTrue();
	}

	@Test
	void languageSwitchChangesTheNavigationAndIsRemembered() {
		startBrowser();
		// A user of their own: the switch is saved on the account, which must not leak into other tests.
		String username = createUser("lang", "Language Test").username();
		browser.open("/login");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
			.as("the browser asks for Chinese").isEqualTo("zh-CN");
		browser.signIn(username, PASSWORD);

		browser.clickAndWaitForPage(By.id("lang-en"));
		assertThat(navText("home")).isEqualTo("Home");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		browser.open("/profile");
		assertThat(navText("home")).as("English on the next page").isEqualTo("Home");

		browser.clickAndWaitForPage(By.id("lang-zh"));
		assertThat(navText("home")).isEqualTo("首页");
		driver.navigate().refresh();
		assertThat(navText("home")).as("Chinese after a reload").isEqualTo("首页");

		// The choice is kept with the account: a new browser session that asks for Chinese still gets English.
		browser.clickAndWaitForPage(By.id("lang-en"));
		driver.manage().deleteAllCookies();
		browser.signIn(username, PASSWORD);
		assertThat(navText("home")).as("English again after signing in anew").isEqualTo("Home");
		assertThat(severe(browser.console())).isEmpty();
	}

	@Test
	void navigationShowsOnlyWhatTheRoleMayUse() {
		startBrowser();
		browser.signIn("admin");
		// Administration sits in the settings menu: shown once the menu is opened.
		driver.findElement(By.id("settings-menu")).click();
		assertThat(nav("users")).hasValueSatisfying(link -> assertThat(link.isDisplayed()).isTrue());
		assertThat(nav("audit")).hasValueSatisfying(link -> assertThat(link.isDisplayed()).isTrue());

		driver.manage().deleteAllCookies();
		browser.signIn("agent");
		assertThat(nav("home")).isPresent();
		assertThat(nav("users")).isEmpty();
		assertThat(nav("audit")).isEmpty();
		assertThat(nav("health")).isEmpty();
		assertThat(driver.findElements(By.id("settings-menu"))).as("agents have no settings menu").isEmpty();
	}

	// a display name holding markup is shown as text on every page that shows it, and runs nothing.
	@Test
	void displayNameWithMarkupIsShownAsTextAndRunsNoScript() {
		startBrowser();
		NewUser victim = createUser("xss", XSS);
		browser.signIn("admin");

		browser.open("/admin/users?q=" + victim.username());
		List<WebElement> names = driver.findElements(By.cssSelector("td.user-display-name"));
		assertThat(names).singleElement().satisfies(cell -> assertThat(cell.getText()).isEqualTo(XSS));
		assertNoScriptRan("user list");
		browser.screenshot("a01-user-list");

		browser.open("/admin/users/" + victim.id());
		assertThat(driver.findElement(By.id("displayName")).getDomProperty("value")).isEqualTo(XSS);
		assertNoScriptRan("user edit page");

		// The user's own pages show the name in the header menu and the greeting.
		driver.manage().deleteAllCookies();
		browser.signIn(victim.username(), PASSWORD);
		assertThat(driver.findElement(By.id("user-menu")).getText()).isEqualTo(XSS);
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains(XSS);
		assertNoScriptRan("home page of the user");
	}

	// the server escapes the name, and the Content-Security-Policy forbids inline script anyway.
	@Test
	void userListEscapesMarkupAndForbidsInlineScript() {
		NewUser victim = createUser("xss", XSS);
		http.login("admin", Http.DEMO_PASSWORD);

		HttpResponse<String> page = http.get("/admin/users?q=" + victim.username(), null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain(XSS).contains("&lt;img src=x onerror=alert(1)&gt;");
		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		List<String> scriptSources = directive(policy, "script-src");
		assertThat(scriptSources).as(policy).contains("'self'").doesNotContain("'unsafe-inline'", "*", "data:");
		assertThat(directive(policy, "object-src")).containsExactly("'none'");
	}

	// Shows that the checks above can fail: an inline handler added to the page is refused and logged.
	@Test
	void browserRefusesInlineHandlersAndTheConsoleShowsIt() {
		startBrowser();
		browser.signIn("admin");
		browser.console();

		((JavascriptExecutor) driver).executeScript("""
				var probe = document.createElement('img');
				probe.setAttribute('onerror', 'window.__xss = true');
				probe.src = 'data:,';
				document.querySelector('main').appendChild(probe);
				""");

		List<LogEntry> refused = browser.waitUntil(d -> {
			List<LogEntry> entries = severe(browser.console());
			return entries.isEmpty() ? null : entries;
		});
		assertThat(refused).anySatisfy(entry -> assertThat(entry.getMessage()).contains("Content Security Policy"));
		assertThat(((JavascriptExecutor) driver).executeScript("return window.__xss === undefined")).isEqualTo(true);
	}

	private void assertNoScriptRan(String page) {
		assertThatExceptionOfType(NoAlertPresentException.class).as("alert on the " + page)
			.isThrownBy(() -> driver.switchTo().alert());
		assertThat(driver.findElements(By.cssSelector("main img[src='x']"))).as("injected image in main on the " + page)
			.isEmpty();
		assertThat(driver.findElements(By.cssSelector("img[src='x']"))).as("injected image on the " + page).isEmpty();
		assertThat(severe(browser.console())).as("console errors on the " + page).isEmpty();
	}

	private Optional<WebElement> nav(String name) {
		return driver.findElements(By.cssSelector("[data-nav='" + name + "']")).stream().findFirst();
	}

	private String navText(String name) {
		return nav(name).orElseThrow().getText();
	}

	private static List<LogEntry> severe(List<LogEntry> entries) {
		return entries.stream().filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
	}

	private static List<String> directive(String policy, String name) {
		return Arrays.stream(policy.split(";"))
			.map(String::trim)
			.filter(part -> part.startsWith(name + " "))
			.findFirst()
			.map(part -> List.of(part.substring(name.length()).trim().split("\\s+")))
			.orElse(List.of());
	}

	private NewUser createUser(String prefix, String displayName) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		String body = """
				{"username":"%s","displayName":"%s","email":null,"password":"%s","roles":["AGENT"],"language":null}"""
			.formatted(username, displayName, PASSWORD);
		HttpResponse<String> created = http.postJson("/api/v1/users", http.tokenFor("admin"), body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return new NewUser(Http.json(created.body()).get("id").asLong(), username);
	}

	record NewUser(long id, String username) {
	}

}
