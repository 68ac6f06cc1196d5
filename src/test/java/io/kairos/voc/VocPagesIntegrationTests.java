package io.kairos.voc;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The voice-of-the-customer pages: the NPS dashboard, SERVQUAL and Kano pages over the demo surveys, the survey
 * designer (plain fields, preview in both languages, publishing), the CSV import with its row-by-row report, and
 * the customer 360 panel.
 */
@KairosIntegrationTest
class VocPagesIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		assertThat(http.login("manager", Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
	}

	@Test
	void theReportPagesShowTheDemoAnswers() {
		// Other tests add surveys to the shared database: the demo surveys are chosen by name.
		Document nps = page("/voc/nps?surveyId=" + demo("工单解决后服务回访"), "zh-CN");
		assertThat(nps.select("#nps-n").text()).isNotEqualTo("0");
		assertThat(nps.select("#nps-groups tbody tr")).isNotEmpty();
		assertThat(nps.select("#verbatim-list .verbatim")).isNotEmpty();
		assertThat(nps.select("#driver-limits").text()).isNotBlank();
		assertThat(nps.select("#nps-gauge").attr("data-chart")).contains("\"overall\"");

		Document detractors = page("/voc/nps?surveyId=" + demo("工单解决后服务回访") + "&groupBy=segment&groupValue=%E5%8D%8E%E4%B8%9C&npsGroup=DETRACTOR", "en");
		assertThat(detractors.select("#verbatim-list .badge")).allSatisfy(badge -> assertThat(Integer.parseInt(badge.text())).isLessThanOrEqualTo(6));

		Document servqual = page("/voc/servqual?surveyId=" + demo("SERVQUAL 服务质量调查"), "en");
		assertThat(servqual.select("#servqual-dimensions tbody tr")).hasSize(5);
		assertThat(servqual.select("#servqual-items tbody tr")).hasSize(22);

		Document kano = page("/voc/kano?surveyId=" + demo("服务功能卡诺分析"), "en");
		assertThat(kano.select("#kano-features tbody tr")).hasSize(5);
		assertThat(kano.select("#kano-features").text()).contains("Must-be").contains("Basic");

		Document bad = page("/voc/nps?from=yesterday", "en");
		assertThat(bad.select(".alert-warning").text()).isNotBlank();
	}

	@Test
	void aSurveyIsDesignedWithPlainFieldsPreviewedInBothLanguagesAndPublished() {
		String run = Long.toString(System.nanoTime());
		HttpResponse<String> refused = http.submit("/voc/surveys/new", "/voc/surveys/new", "name", "设计-" + run, "kind",
				"TRANSACTIONAL", "code", "nps", "type", "NPS", "required", "true", "textZh", "推荐吗？", "textEn", "",
				"options", "", "servqualItem", "", "zone", "false", "kanoFeature", "", "dysZh", "", "dysEn", "", "whyZh",
				"", "whyEn", "", "touchpointId", "");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("#designer-error").text()).contains("questions[0].text");

		HttpResponse<String> saved = http.submit("/voc/surveys/new", "/voc/surveys/new", "name", "设计-" + run, "kind",
				"TRANSACTIONAL",
				"code", "nps", "type", "NPS", "required", "true", "textZh", "您会推荐我们吗？", "textEn", "Would you recommend us?",
				"options", "", "servqualItem", "", "zone", "false", "kanoFeature", "", "dysZh", "", "dysEn", "", "whyZh", "为什么？",
				"whyEn", "Why?", "touchpointId", "",
				"code", "via", "type", "SINGLE", "required", "false", "textZh", "渠道", "textEn", "Channel",
				"options", "phone | 电话 | Phone\nweb | 网站 | Website", "servqualItem", "", "zone", "false", "kanoFeature", "",
				"dysZh", "", "dysEn", "", "whyZh", "", "whyEn", "", "touchpointId", "",
				"code", "", "type", "NPS", "required", "true", "textZh", "", "textEn", "", "options", "", "servqualItem", "",
				"zone", "false", "kanoFeature", "", "dysZh", "", "dysEn", "", "whyZh", "", "whyEn", "", "touchpointId", "");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String preview = java.net.URI.create(saved.headers().firstValue("Location").orElseThrow()).getPath();
		Document page = page(preview, "en");
		assertThat(page.select("#preview-zh .question-text").eachText()).containsExactly("您会推荐我们吗？", "渠道");
		assertThat(page.select("#preview-en .question-text").eachText()).containsExactly("Would you recommend us?", "Channel");
		assertThat(page.select("#preview-en li li").eachText()).containsExactly("Phone", "Website");

		String id = preview.replaceAll(".*/voc/surveys/(\\d+)/preview.*", "$1");
		HttpResponse<String> published = http.submit(preview, "/voc/surveys/" + id + "/publish", "version",
				page.select("input[name=version]").attr("value"));
		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(page(preview, "en").select("#version-status").text()).contains("published");

		// CSV import: one bad row refuses the file with the row named; a good file is stored.
		String bad = "segment,nps,nps.why,via\n华东,9,很好,phone\n华北,11,,fax\n";
		Document refusedImport = Jsoup.parse(upload(id, bad));
		assertThat(refusedImport.select("#import-rows tbody tr").eachText())
			.anySatisfy(row -> assertThat(row).startsWith("2 answers.nps"))
			.anySatisfy(row -> assertThat(row).startsWith("2 answers.via"));
		assertThat(Http.json(http.get("/api/v1/nps?surveyId=" + id, DeskTestData.token(http, "analyst")).body()).get("n").asInt())
			.isZero();
		Document stored = Jsoup.parse(upload(id, "\uFEFFsegment,nps,nps.why,via\n华东,9,很好,phone\n华北,3,太慢,web\n"));
		assertThat(stored.select("#import-stored").text()).contains("2");
		assertThat(Http.json(http.get("/api/v1/nps?surveyId=" + id, DeskTestData.token(http, "analyst")).body()).get("nps").asDouble())
			.isEqualTo(0.0);
	}

	@Test
	void theCustomerPanelListsTheCustomersAnswers() {
		Document panel = page("/voc/customers/1/answers", "zh-CN");
		assertThat(panel.select("#survey-answers-panel")).hasSize(1);
	}

	private String demo(String name) {
		return page("/voc/nps", "zh-CN").select("#surveyId option")
			.stream()
			.filter(option -> option.text().equals(name))
			.map(option -> option.attr("value"))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private Document page(String path, String language) {
		HttpResponse<String> response = http.send(http.request(path).header("Accept-Language", language).GET());
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private String upload(String surveyId, String csv) {
		String csrf = http.csrfFrom("/voc/surveys/" + surveyId + "/import");
		String boundary = "----kairos" + ThreadLocalRandom.current().nextInt(1_000_000);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(http.request("/voc/surveys/" + surveyId + "/import")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

}
