package io.kairos.voc;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.kairos.customer.CustomerId;
import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Survey templates in versions, the catalog, and responses recorded through the facade with their events. */
@KairosIntegrationTest
@RecordApplicationEvents
class SurveyApiIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	SurveyResponses responses;

	@Autowired
	SurveyCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	Http http;

	String manager;

	@BeforeEach
	void client() {
		http = new Http(port);
		manager = DeskTestData.token(http, "manager");
	}

	@Test
	void aPublishedVersionIsFrozenAndEditingStartsTheNextDraft() {
		long id = VocTestData.publishedSurvey(http, manager, "回访-版本", "TRANSACTIONAL", VocTestData.BASIC_QUESTIONS);
		JsonNode survey = VocTestData.get(http, manager, "/api/v1/surveys/" + id);
		assertThat(survey.get("current").get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(survey.get("current").get("questions").get(0).get("text").get("zh-CN").asString())
			.isEqualTo("您有多大可能向朋友推荐我们？");

		HttpResponse<String> edited = http.send(http.request("/api/v1/surveys/" + id)
			.header("Authorization", "Bearer " + manager)
			.header("Content-Type", "application/json")
			.header("If-Match", "\"" + survey.get("version").asLong() + "\"")
			.PUT(HttpRequest.BodyPublishers.ofString("""
					{"name":"回访-版本","questions":[{"code":"nps2","type":"NPS","text":{"zh-CN":"推荐吗？","en":"Recommend?"}}]}""")));
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		assertThat(Http.json(edited.body()).get("current").get("number").asInt()).isEqualTo(2);
		assertThat(Http.json(edited.body()).get("current").get("status").asString()).isEqualTo("DRAFT");
		JsonNode first = VocTestData.get(http, manager, "/api/v1/surveys/" + id + "?version=1");
		assertThat(first.get("current").get("questions")).hasSize(6);

		// The catalog still serves version 1 until version 2 is published.
		assertThat(catalog.published(id, Locale.ENGLISH)).hasValueSatisfying(published -> {
			assertThat(published.version()).isEqualTo(1);
			assertThat(published.questions().get(0).text()).isEqualTo("How likely are you to recommend us?");
			assertThat(published.questions().get(3).options()).extracting(SurveyCatalog.Option::text)
				.containsExactly("Phone", "App");
		});
		assertThat(catalog.published(id, Locale.SIMPLIFIED_CHINESE).orElseThrow().questions().get(0).whyText())
			.isEqualTo("为什么？");

		// A stale If-Match is refused.
		HttpResponse<String> stale = http.send(http.request("/api/v1/surveys/" + id + "/publish")
			.header("Authorization", "Bearer " + manager)
			.header("If-Match", "\"0\"")
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(stale.statusCode()).isEqualTo(412);
	}

	@Test
	void badDefinitionsAreRefusedNamingTheField() {
		assertRefused("{\"name\":\"x\",\"kind\":\"GENERAL\",\"questions\":[{\"code\":\"q\",\"type\":\"SERVQUAL\",\"servqualItem\":23,"
				+ "\"text\":{\"zh-CN\":\"甲\",\"en\":\"A\"}}]}", "questions[0].servqualItem");
		assertRefused("{\"name\":\"x\",\"kind\":\"GENERAL\",\"questions\":[{\"code\":\"q\",\"type\":\"SINGLE\","
				+ "\"text\":{\"zh-CN\":\"甲\",\"en\":\"A\"}}]}", "questions[0].options");
		assertRefused("{\"name\":\"x\",\"kind\":\"GENERAL\",\"questions\":[{\"code\":\"q\",\"type\":\"NPS\","
				+ "\"text\":{\"zh-CN\":\"甲\"}}]}", "questions[0].text");
		assertRefused("{\"name\":\"x\",\"kind\":\"GENERAL\",\"questions\":[{\"code\":\"q\",\"type\":\"KANO\","
				+ "\"text\":{\"zh-CN\":\"甲\",\"en\":\"A\"}}]}", "questions[0].kanoFeature");
	}

	@Test
	void aRecordedResponseCarriesItsContextAndPublishesItsEvents() {
		long id = VocTestData.publishedSurvey(http, manager, "回访-事件", "TRANSACTIONAL", VocTestData.BASIC_QUESTIONS);
		Map<String, JsonNode> answers = Map.of("nps", JSON.readTree("{\"score\":3,\"why\":\"等待太久\"}"), "csat",
				JSON.readTree("2"), "mot", JSON.readTree("-2"));
		long response = responses.record(new RecordResponse(id, 1, answers, new CustomerId(1), 11L, null, 5L, 6L,
				"HOTLINE", "GOLD", "华东", null, ResponseSource.API));

		assertThat(events.stream(SurveyAnswered.class).filter(event -> event.responseId() == response))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.nps()).isEqualTo(3);
				assertThat(event.csat()).isEqualTo(2);
				assertThat(event.ces()).isNull();
				assertThat(event.verbatim()).isEqualTo("等待太久");
				assertThat(event.customerId()).isEqualTo(new CustomerId(1));
				assertThat(event.teamId()).isEqualTo(5L);
			});
		assertThat(events.stream(MotAnswered.class).filter(event -> event.responseId() == response))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.score()).isEqualTo(-2);
				assertThat(event.touchpointId()).isEqualTo(7L);
				assertThat(event.questionCode()).isEqualTo("mot");
			});
		assertThat(jdbc.sql("select segment from survey_response where id = :id").param("id", response).query(String.class).single())
			.isEqualTo("华东");
	}

	@Test
	void badAnswersAreRefusedNamingTheAnswerInTheCallersLanguage() {
		long id = VocTestData.publishedSurvey(http, manager, "回访-坏答案", "TRANSACTIONAL", VocTestData.BASIC_QUESTIONS);
		for (String nps : new String[] { "-1", "11", "9.5", "\"10 \"", "null", "10.0", "true" }) {
			assertAnswerRefused(id, "{\"nps\":" + nps + "}", "answers.nps");
		}
		assertAnswerRefused(id, "{\"nps\":9,\"csat\":0}", "answers.csat");
		assertAnswerRefused(id, "{\"nps\":9,\"csat\":6}", "answers.csat");
		assertAnswerRefused(id, "{\"nps\":9,\"ces\":8}", "answers.ces");
		assertAnswerRefused(id, "{\"nps\":9,\"mot\":4}", "answers.mot");
		assertAnswerRefused(id, "{\"nps\":9,\"channel\":\"fax\"}", "answers.channel");
		assertAnswerRefused(id, "{\"nps\":9,\"elsewhere\":3}", "answers.elsewhere");

		HttpResponse<String> chinese = http.send(http.request("/api/v1/surveys/" + id + "/responses")
			.header("Authorization", "Bearer " + manager)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "zh-CN")
			.POST(HttpRequest.BodyPublishers.ofString("{\"answers\":{\"nps\":11}}")));
		assertThat(chinese.statusCode()).isEqualTo(400);
		assertThat(Http.json(chinese.body()).get("detail").asString()).contains("nps").contains("0 到 10 的整数");
		assertThat(jdbc.sql("select count(*) from survey_response where survey_id = :id").param("id", id).query(Long.class).single())
			.isZero();
	}

	private void assertAnswerRefused(long surveyId, String answers, String field) {
		HttpResponse<String> response = http.send(http.request("/api/v1/surveys/" + surveyId + "/responses")
			.header("Authorization", "Bearer " + manager)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString("{\"answers\":" + answers + "}")));
		assertThat(response.statusCode()).as(answers + " → " + response.body()).isEqualTo(400);
		JsonNode problem = Http.json(response.body());
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(problem.get("detail").asString()).contains(field.substring("answers.".length()));
	}

	private void assertRefused(String body, String field) {
		HttpResponse<String> response = http.postJson("/api/v1/surveys", manager, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(Http.json(response.body()).get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

}
