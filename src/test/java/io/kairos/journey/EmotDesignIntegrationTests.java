package io.kairos.journey;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 4: the E-MOT editor walks the demo car-repair journey through granularise, touchpoint-ise and
 * peak-ise (the two-factor check refusing a motivator while "waiting for parts" fails), and the comparison reports
 * on demo data which designed peaks became peaks: the handover did, the diagnosis did not.
 */
@KairosIntegrationTest
class EmotDesignIntegrationTests {

	static final Pattern DESIGN = Pattern.compile("/designs/(\\d+)");

	@LocalServerPort
	int port;

	Http http;

	JsonNode carRepair;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		assertThat(http.login("manager", Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
		JsonNode journeys = Http.json(http.get("/api/v1/journeys", DeskTestData.token(http, "manager")).body());
		for (JsonNode journey : journeys) {
			if (journey.get("name").asString().equals("汽车维修 car repair")) {
				carRepair = journey;
			}
		}
		assertThat(carRepair).as("the demo car-repair journey").isNotNull();
	}

	@Test
	void theEditorWalksTheThreeStepsAndTheComparisonReportsWhichDesignedPeaksBecamePeaks() {
		long journeyId = carRepair.get("id").asLong();
		long parts = stage("等配件 waiting for parts");
		long diagnosis = stage("诊断 diagnosis");
		long handover = stage("交车 handover");
		String effective = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(30).toString();

		HttpResponse<String> created = http.submit("/journeys/" + journeyId + "/designs", "/journeys/" + journeyId + "/designs",
				"name", "测试设计 " + JourneyTestData.suffix(), "effectiveFrom", effective);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		Matcher id = DESIGN.matcher(location);
		assertThat(id.find()).isTrue();
		long design = Long.parseLong(id.group(1));
		String editor = "/designs/" + design;

		// 1 granularise
		assertThat(page(editor + "?step=1").selectFirst("#step-1").hasClass("active")).isTrue();
		for (Object[] step : new Object[][] { { parts, "每两天推送配件进度" }, { diagnosis, "诊断视频" }, { handover, "洗车交车讲解" } }) {
			HttpResponse<String> added = http.submit(editor + "?step=1", editor + "/steps", "stageId", step[0].toString(),
					"name", step[1].toString());
			assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		}
		Document first = page(editor + "?step=1");
		assertThat(first.select(".design-step")).hasSize(3);
		HttpResponse<String> foreignStage = http.submit(editor + "?step=1", editor + "/steps", "stageId", "987654321", "name", "x");
		assertThat(foreignStage.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(foreignStage.body()).selectFirst("#design-refusal")).isNotNull();

		// 2 touchpoint-ise
		JsonNode steps = Http.json(http.get("/api/v1/designs/" + design, DeskTestData.token(http, "manager")).body()).get("steps");
		Document second = page(editor + "?step=2");
		for (JsonNode step : steps) {
			Element form = second.selectFirst("form.binding-form[data-step=" + step.get("id").asLong() + "]");
			String touchpoint = form.selectFirst("select[name=touchpointId] option").attr("value");
			String standard = form.select("select[name=standardId] option").get(1).attr("value");
			HttpResponse<String> bound = http.submit(editor + "?step=2", form.attr("action"), "touchpointId", touchpoint,
					"standardId", standard);
			assertThat(bound.statusCode()).as(bound.body()).isEqualTo(302);
		}
		assertThat(page(editor + "?step=2").select(".bound")).hasSize(3);

		// 3 peak-ise: the hygiene stage "waiting for parts" fails, so a resonator at the handover comes second
		Document third = page(editor + "?step=3");
		assertThat(third.selectFirst("#hygiene-failing")).as("waiting for parts is failing").isNotNull();
		assertThat(third.selectFirst("#hygiene-failing").text()).contains("等配件");
		long partsStep = stepAt(steps, parts);
		long diagnosisStep = stepAt(steps, diagnosis);
		long handoverStep = stepAt(steps, handover);
		HttpResponse<String> tooEarly = moment(editor, handoverStep, "RESONATOR", "记忆点（峰值）：交车");
		assertThat(tooEarly.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(tooEarly.body()).selectFirst("#design-refusal").text()).contains("等配件");
		assertThat(moment(editor, partsStep, "PAINKILLER", "痛点：等配件").statusCode()).isEqualTo(302);
		assertThat(moment(editor, handoverStep, "RESONATOR", "记忆点（峰值）：交车").statusCode()).isEqualTo(302);
		assertThat(moment(editor, diagnosisStep, "TWO_FACTOR", "记忆点（峰值）：诊断").statusCode()).isEqualTo(302);
		assertThat(page(editor + "?step=3").select(".design-moment")).hasSize(3);

		// the comparison on the demo scores since the date
		Document comparison = page(editor + "/comparison");
		Element handoverRow = row(comparison, "交车讲解 handover");
		Element diagnosisRow = row(comparison, "故障诊断 diagnosis bay");
		assertThat(handoverRow.attr("data-became-peak")).isEqualTo("true");
		assertThat(handoverRow.selectFirst(".became-peak")).isNotNull();
		assertThat(diagnosisRow.attr("data-became-peak")).isEqualTo("false");
		assertThat(diagnosisRow.selectFirst(".not-peak")).isNotNull();
		assertThat(row(comparison, "配件进度通知 parts status").selectFirst(".not-peak")).isNotNull();
		assertThat(comparison.selectFirst("#peak-summary").text()).contains("1").contains("3");

		JsonNode api = Http.json(http.get("/api/v1/designs/" + design + "/comparison", DeskTestData.token(http, "manager")).body());
		for (JsonNode moment : api.get("moments")) {
			if (moment.get("touchpointName").asString().equals("交车讲解 handover")) {
				assertThat(moment.get("rankAfter").asInt()).isEqualTo(1);
				assertThat(moment.get("meanAfter").asDouble()).isGreaterThan(moment.get("meanBefore").asDouble());
			}
		}
	}

	@Test
	void theDemoDesignReportsItsPeaks() {
		JsonNode designs = Http.json(http.get("/api/v1/journeys/" + carRepair.get("id").asLong() + "/designs",
				DeskTestData.token(http, "manager")).body());
		JsonNode demo = designs.get(0);
		JsonNode comparison = Http.json(http.get("/api/v1/designs/" + demo.get("id").asLong() + "/comparison",
				DeskTestData.token(http, "manager")).body());
		assertThat(comparison.get("moments").size()).isEqualTo(4);
		int became = 0;
		for (JsonNode moment : comparison.get("moments")) {
			boolean peak = moment.get("becamePeak").asBoolean();
			became += peak ? 1 : 0;
			assertThat(peak).as(moment.toString()).isEqualTo(moment.get("touchpointName").asString().equals("交车讲解 handover"));
		}
		assertThat(became).isEqualTo(1);
	}

	private HttpResponse<String> moment(String editor, long step, String law, String addresses) {
		return http.submit(editor + "?step=3", editor + "/moments", "stepId", Long.toString(step), "kind", "PEAK",
				"segment", "私家车主", "addresses", addresses, "law", law, "expectedNpsChange", "5", "idea", "测试");
	}

	private Document page(String path) {
		HttpResponse<String> response = http.send(http.request(path).GET());
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return Jsoup.parse(response.body(), URI.create(http.base()).toString());
	}

	private long stage(String name) {
		for (JsonNode stage : carRepair.get("stages")) {
			if (stage.get("name").asString().equals(name)) {
				return stage.get("id").asLong();
			}
		}
		throw new AssertionError("No stage " + name);
	}

	private static long stepAt(JsonNode steps, long stage) {
		for (JsonNode step : steps) {
			if (step.get("stageId").asLong() == stage) {
				return step.get("id").asLong();
			}
		}
		throw new AssertionError("No step at stage " + stage);
	}

	private static Element row(Document page, String touchpoint) {
		return page.select("tr.comparison-row")
			.stream()
			.filter(r -> r.selectFirst(".touchpoint-name").text().equals(touchpoint))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + touchpoint + " in " + page.select("#comparison-table")));
	}

}
