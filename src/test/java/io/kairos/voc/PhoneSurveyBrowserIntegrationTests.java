package io.kairos.voc;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Browser;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5, acceptance 6: a customer answers on a phone-sized window in Chinese and the manager's NPS page moves. */
@KairosIntegrationTest
class PhoneSurveyBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aSurveyAnsweredOnAPhoneInChineseShowsOnTheNpsPage() {
		Http http = new Http(port);
		String manager = http.tokenFor("manager");
		long survey = VocTestData.publishedSurvey(http, manager, "手机问卷测试", "TRANSACTIONAL", VocTestData.BASIC_QUESTIONS);
		JsonNode link = Http.json(http.postJson("/api/v1/surveys/" + survey + "/invitations", manager, "{}").body());
		String path = link.get("link").asString().substring(link.get("link").asString().indexOf("/s/"));

		try (Browser browser = Browser.start(port)) {
			browser.signIn("manager");
			browser.open("/voc/nps?surveyId=" + survey);
			assertThat(browser.driver().findElement(By.id("nps-n")).getText()).isEqualTo("0");
			browser.driver().manage().deleteAllCookies();

			browser.driver().manage().window().setSize(new Dimension(390, 844));
			browser.open(path);
			assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
			assertThat(browser.driver().findElement(By.id("survey-submit")).getText()).isEqualTo("提交回答");
			long width = (Long) ((JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth;");
			assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
			WebElement three = browser.driver().findElement(By.cssSelector("label[for='q.nps-3']"));
			assertThat(three.getSize().getHeight()).as("a tap target").isGreaterThanOrEqualTo(44);
			three.click();
			browser.driver().findElement(By.id("q.nps.why")).sendKeys("排队太久了");
			browser.clickAndWaitForPage(By.id("survey-submit"));
			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("谢谢您！");

			browser.driver().manage().window().setSize(new Dimension(1280, 900));
			browser.signIn("manager");
			browser.open("/voc/nps?surveyId=" + survey);
			assertThat(browser.driver().findElement(By.id("nps-n")).getText()).isEqualTo("1");
			assertThat(browser.driver().findElement(By.id("nps-value")).getText()).isEqualTo("-100.0");
		}
	}

}
