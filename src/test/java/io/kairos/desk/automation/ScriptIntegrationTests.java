package io.kairos.desk.automation;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The script library over the API: seeded by step and question type, searchable, written by desk admins. */
@KairosIntegrationTest
class ScriptIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	String agent;

	String admin;

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = DeskTestData.token(http, "agent");
		admin = StaffAccounts.adminToken(http);
	}

	@Test
	void everyQuestionTypeAndPhrasingIsSeededInBothLanguages() {
		for (String type : List.of("APPRECIATIVE", "REPEATING", "CLARIFYING", "NEEDS_DIGGING", "CONFIRMING")) {
			List<JsonNode> found = scripts("/api/v1/scripts?step=EXPLORE&questionType=" + type);
			assertThat(found).as(type).isNotEmpty().allSatisfy(script -> {
				assertThat(script.get("step").asString()).isEqualTo("EXPLORE");
				assertThat(script.get("questionType").asString()).isEqualTo(type);
				assertThat(script.get("textZh").asString()).isNotBlank();
				assertThat(script.get("textEn").asString()).isNotBlank();
			});
		}
		assertThat(scripts("/api/v1/scripts?step=PROPOSE").stream().map(s -> s.get("kind").asString()))
			.contains("I_WILL", "I_UNDERSTAND", "COULD_YOU", "POLITE_REFUSAL");
		assertThat(scripts("/api/v1/scripts?step=CONFIRM")).isNotEmpty()
			.allSatisfy(script -> assertThat(script.get("questionType").isNull()).isTrue());
	}

	@Test
	void searchFindsTextInEitherLanguage() {
		assertThat(scripts("/api/v1/scripts?q=" + URLEncoder.encode("路由器", StandardCharsets.UTF_8))).isNotEmpty()
			.allSatisfy(script -> assertThat(script.get("textZh").asString() + script.get("titleZh").asString())
				.contains("路由器"));
		assertThat(scripts("/api/v1/scripts?q=ROUTER")).isNotEmpty();
		assertThat(http.get("/api/v1/scripts?questionType=I_WILL", agent).statusCode()).isEqualTo(400);
	}

	@Test
	void deskAdminsWriteScriptsAndAgentsMayNot() {
		String body = """
				{"kind":"COULD_YOU","titleZh":"请求配合","titleEn":"Ask for help","textZh":"您能否提供订单号？",
				 "textEn":"Could you give me the order number?"}""";
		assertThat(http.postJson("/api/v1/scripts", agent, body).statusCode()).isEqualTo(403);

		HttpResponse<String> created = http.postJson("/api/v1/scripts", admin, body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(Http.json(created.body()).get("step").asString()).isEqualTo("PROPOSE");

		HttpResponse<String> refused = http.postJson("/api/v1/scripts", admin, "{\"kind\":\"COULD_YOU\",\"titleZh\":\"x\"}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Http.json(refused.body()).findValuesAsString("field")).contains("titleEn");
	}

	private List<JsonNode> scripts(String path) {
		HttpResponse<String> response = http.get(path, agent);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response.body()).valueStream().toList();
	}

}
