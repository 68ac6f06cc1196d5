package io.kairos.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, for end-to-end tests of the pages.
 * <p>
 * Both the browser and the driver are given by path ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver},
 * or the system properties {@code kairos.test.chromium} and {@code kairos.test.chromedriver}), so Selenium
 * Manager is never asked to find or download anything. Each browser gets a fresh profile directory, removed
 * on {@link #close()}. The browser console is recorded (all levels) so tests can assert it stayed clean.
 * <p>
 * Without Chromium the browser tests are skipped, except on CI ({@code CI=true}), where they fail.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("kairos.test.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("kairos.test.chromedriver", "/usr/bin/chromedriver"));

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final String base;

	private final Path profile;

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private Browser(String base) throws IOException {
		this.base = base;
		this.profile = Files.createTempDirectory("kairos-chromium-");
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		try {
			this.driver = new ChromeDriver(service, options(profile));
		}
		catch (RuntimeException ex) {
			service.stop();
			deleteRecursively(profile);
			throw ex;
		}
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	/** Whether Chromium and chromedriver are installed where the tests look for them. */
	public static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/**
	 * Skips the calling test when Chromium is missing, or fails it when running on CI, where a missing browser
	 * must not turn the browser suite silently green.
	 */
	public static void requireAvailable() {
		if (available()) {
			return;
		}
		String message = "Browser tests need Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER
				+ " (Debian packages chromium, chromium-driver, fonts-noto-cjk)";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail(message + ": missing on CI");
		}
		Assumptions.abort(message + ": skipped");
	}

	/** Starts a browser for the application at {@code http://localhost:port}; skips or fails if there is none. */
	public static Browser start(int port) {
		requireAvailable();
		// Belt and braces: Selenium reads this property before it would consult Selenium Manager.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		try {
			return new Browser("http://localhost:" + port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ChromeOptions options(Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// Wide enough for the expanded navigation bar; asks for Chinese, as a browser in the main market does.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--no-default-browser-check", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=zh-CN");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		// Leave an unexpected alert open so that a test can see it, instead of having the driver dismiss it.
		options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
		return options;
	}

	public WebDriver driver() {
		return driver;
	}

	public String base() {
		return base;
	}

	/** Loads a page of the application, e.g. {@code open("/admin/users")}. */
	public void open(String path) {
		driver.get(base + path);
	}

	/** Signs in through the login form and waits for the page the form leads to (home, or the form again). */
	public void signIn(String username, String password) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		clickAndWaitForPage(By.id("sign-in"));
	}

	public void signIn(String username) {
		signIn(username, Http.DEMO_PASSWORD);
	}

	/**
	 * Clicks an element that loads a new page and waits until the new page has loaded. The old
	 * document is marked through script, because asking Chromium whether an old element went stale
	 * can fail mid-navigation with an error other than staleness.
	 */
	public void clickAndWaitForPage(By by) {
		clickAndWaitForPage(driver.findElement(by));
	}

	/** As {@link #clickAndWaitForPage(By)}, for an element already found. */
	public void clickAndWaitForPage(WebElement element) {
		// Scrolled to the middle first, instantly (Bootstrap asks for smooth scrolling, which would still be moving).
		((JavascriptExecutor) driver).executeScript("window.kairosLeaving = true; arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				element);
		element.click();
		new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
			.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
				.executeScript("return window.kairosLeaving !== true && document.readyState === 'complete';")));
	}

	public <T> T waitUntil(ExpectedCondition<T> condition) {
		return new WebDriverWait(driver, WAIT).until(condition);
	}

	/** The browser console entries since the last call (reading them empties the buffer). */
	public List<LogEntry> console() {
		return driver.manage().logs().get(LogType.BROWSER).getAll();
	}

	/** Saves a screenshot as {@code target/browser/<name>.png}, for the record. */
	public Path screenshot(String name) {
		try {
			Path target = Path.of("target", "browser", name + ".png");
			Files.createDirectories(target.getParent());
			File shot = driver.getScreenshotAs(OutputType.FILE);
			return Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			service.stop();
			deleteRecursively(profile);
		}
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary profile is harmless.
		}
	}

}
