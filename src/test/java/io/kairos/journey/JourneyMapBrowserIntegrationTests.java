package io.kairos.journey;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.journey.mot.MotScores;
import io.kairos.test.Browser;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Acceptance 3 and 5 in headless Chromium: the journey map draws the emotion curve and flags the pain, peak and
 * end stages; its PNG export is a valid image and its SVG export an SVG document; a touchpoint named
 * {@code <script>alert(1)</script>} shows as literal text in the chart's tooltip and runs nothing.
 */
@KairosIntegrationTest
class JourneyMapBrowserIntegrationTests {

	static final String SCRIPT = "<script>alert(1)</script>";

	@LocalServerPort
	int port;

	final MotScores scores;

	Browser browser;

	@Autowired
	JourneyMapBrowserIntegrationTests(MotScores scores) {
		this.scores = scores;
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theMapRendersTheCurveFlagsStagesExportsAndEscapesTouchpointNames() throws IOException {
		Browser.requireAvailable();
		Http http = new Http(port);
		String s = JourneyTestData.suffix();
		long evil = JourneyTestData.touchpoint(http, SCRIPT + s, "HOTLINE");
		long good = JourneyTestData.touchpoint(http, "交车" + s, "COUNTER");
		long last = JourneyTestData.touchpoint(http, "回访" + s, "HOTLINE");
		JsonNode journey = JourneyTestData.journey(http, "浏览器旅程" + s, new long[][] { { evil }, { good }, { last } },
				"等待", "交车", "回访");
		long painStage = journey.get("stages").get(0).get("id").asLong();
		long peakStage = journey.get("stages").get(1).get("id").asLong();
		long endStage = journey.get("stages").get(2).get("id").asLong();
		Instant at = Instant.now().minusSeconds(120);
		scores.record(-2, MotSource.QA_REVIEW, evil, painStage, null, null, null, at);
		scores.record(-3, MotSource.QA_REVIEW, evil, painStage, null, null, null, at);
		scores.record(3, MotSource.QA_REVIEW, good, peakStage, null, null, null, at);
		scores.record(2, MotSource.QA_REVIEW, good, peakStage, null, null, null, at);
		scores.record(1, MotSource.QA_REVIEW, last, endStage, null, null, null, at);

		browser = Browser.start(port);
		WebDriver driver = browser.driver();
		browser.signIn("manager");
		browser.open("/journeys/" + journey.get("id").asLong());
		WebElement map = driver.findElement(By.id("journey-map"));
		browser.waitUntil(d -> "true".equals(map.getAttribute("data-rendered")));

		assertThat(map.findElements(By.tagName("canvas"))).isNotEmpty();
		JavascriptExecutor js = (JavascriptExecutor) driver;
		@SuppressWarnings("unchecked")
		List<Object> curve = (List<Object>) js.executeScript(
				"return echarts.getInstanceByDom(document.getElementById('journey-map')).getOption().series[0].data;");
		assertThat(curve).map(v -> ((Number) v).doubleValue()).containsExactly(-2.5, 2.5, 1.0);
		assertThat(map.getAttribute("data-pain")).isEqualTo(Long.toString(painStage));
		assertThat(map.getAttribute("data-peak")).isEqualTo(Long.toString(peakStage));
		assertThat(driver.findElement(By.cssSelector("th[data-stage='" + painStage + "'] .flag-pain")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector("th[data-stage='" + peakStage + "'] .flag-peak")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector("th[data-stage='" + endStage + "'] .flag-end")).isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector("th[data-stage='" + peakStage + "'] .flag-pain"))).isEmpty();

		String png = driver.findElement(By.id("export-png")).getAttribute("href");
		assertThat(png).startsWith("data:image/png;base64,");
		byte[] bytes = Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1));
		assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(image).as("PNG decodes").isNotNull();
		assertThat(image.getWidth()).isGreaterThan(400);
		assertThat(image.getHeight()).isGreaterThan(200);
		String svg = driver.findElement(By.id("export-svg")).getAttribute("href");
		assertThat(svg).startsWith("data:image/svg+xml");
		String svgText = svg.contains(";base64,") ? new String(Base64.getDecoder().decode(svg.substring(svg.indexOf(',') + 1)),
				StandardCharsets.UTF_8) : URLDecoder.decode(svg.substring(svg.indexOf(',') + 1), StandardCharsets.UTF_8);
		assertThat(svgText).contains("<svg").contains("</svg>");

		js.executeScript("echarts.getInstanceByDom(document.getElementById('journey-map'))"
				+ ".dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});");
		WebElement tooltip = browser.waitUntil(d -> d.findElements(By.cssSelector("#journey-map div"))
			.stream()
			.filter(e -> e.getText().contains(SCRIPT + s))
			.reduce((a, b) -> b)
			.orElse(null));
		assertThat(tooltip.getText()).contains(SCRIPT + s).contains("-2.5");
		assertThat(map.findElements(By.tagName("script"))).as("no script element in the chart").isEmpty();
		assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
		assertThat(driver.findElement(By.cssSelector("th[data-stage='" + painStage + "']")).getText()).contains("等待");
		assertThat(driver.findElements(By.cssSelector(".touchpoint-name")).stream().map(WebElement::getText))
			.contains(SCRIPT + s);
		browser.screenshot("journey-map");
	}

}
