package io.kairos.voc;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.kairos.test.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Surveys for tests: created and published over the API by the demo manager. */
public final class VocTestData {

	/** NPS (with why), CSAT, CES, a choice, a text and a MOT question. */
	public static final String BASIC_QUESTIONS = """
			[{"code":"nps","type":"NPS","text":{"zh-CN":"您有多大可能向朋友推荐我们？","en":"How likely are you to recommend us?"},
			  "whyText":{"zh-CN":"为什么？","en":"Why?"}},
			 {"code":"csat","type":"CSAT","required":false,"text":{"zh-CN":"您对本次服务满意吗？","en":"How satisfied are you?"}},
			 {"code":"ces","type":"CES","required":false,"text":{"zh-CN":"解决问题有多省力？","en":"How easy was it?"}},
			 {"code":"channel","type":"SINGLE","required":false,"text":{"zh-CN":"您通过什么渠道联系？","en":"How did you contact us?"},
			  "options":[{"code":"phone","text":{"zh-CN":"电话","en":"Phone"}},{"code":"app","text":{"zh-CN":"应用","en":"App"}}]},
			 {"code":"comment","type":"TEXT","required":false,"text":{"zh-CN":"还有什么建议？","en":"Anything else?"}},
			 {"code":"mot","type":"MOT","required":false,"touchpointId":7,"text":{"zh-CN":"到店体验如何？","en":"How was the store visit?"}}]""";

	private VocTestData() {
	}

	/** Creates and publishes a survey; returns its id. */
	public static long publishedSurvey(Http http, String token, String name, String kind, String questionsJson) {
		HttpResponse<String> created = http.postJson("/api/v1/surveys", token,
				"{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"questions\":" + questionsJson + "}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = Http.json(created.body()).get("id").asLong();
		HttpResponse<String> published = http.send(http.request("/api/v1/surveys/" + id + "/publish")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		return id;
	}

	public static JsonNode get(Http http, String token, String path) {
		HttpResponse<String> response = http.get(path, token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response.body());
	}

}
