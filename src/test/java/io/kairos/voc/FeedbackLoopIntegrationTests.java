package io.kairos.voc;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The feedback inbox, praise routing, improvement actions and the pages of distribution and the loop. */
@KairosIntegrationTest
class FeedbackLoopIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void praiseNamingAnAgentReachesTheAgentAndTheirSupervisorOnly() {
		Http http = new Http(port);
		StaffAccounts.Account agent = StaffAccounts.create(http, "voc-praised", "AGENT");
		StaffAccounts.Account supervisor = StaffAccounts.create(http, "voc-lead", "SUPERVISOR");
		StaffAccounts.Account other = StaffAccounts.create(http, "voc-other", "AGENT");
		DeskTestData.team(http, StaffAccounts.unique("表扬组"), agent.id(), supervisor.id());
		String manager = http.tokenFor("manager");

		HttpResponse<String> created = http.postJson("/api/v1/feedback", manager,
				"{\"kind\":\"PRAISE\",\"body\":\"小王耐心细致，帮我解决了问题\",\"staffId\":" + agent.id() + "}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = Http.json(created.body()).get("id").asLong();

		assertThat(ids(http, http.tokenFor(agent.username(), StaffAccounts.PASSWORD))).contains(id);
		assertThat(ids(http, http.tokenFor(supervisor.username(), StaffAccounts.PASSWORD) + "&mine=true")).contains(id);
		assertThat(ids(http, http.tokenFor(other.username(), StaffAccounts.PASSWORD))).doesNotContain(id);

		HttpResponse<String> closed = http.send(http.request("/api/v1/feedback/" + id)
			.header("Authorization", "Bearer " + manager)
			.header("Content-Type", "application/json")
			.header("If-Match", "\"0\"")
			.method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\":\"CLOSED\",\"priority\":\"HIGH\"}")));
		assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
		assertThat(Http.json(closed.body()).get("status").asString()).isEqualTo("CLOSED");
		HttpResponse<String> stale = http.send(http.request("/api/v1/feedback/" + id)
			.header("Authorization", "Bearer " + manager)
			.header("Content-Type", "application/json")
			.header("If-Match", "\"0\"")
			.method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\":\"NEW\"}")));
		assertThat(stale.statusCode()).isEqualTo(412);
		HttpResponse<String> bad = http.postJson("/api/v1/feedback", manager, "{\"kind\":\"VERBATIM\",\"body\":\"x\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("kind");
	}

	@Test
	void improvementActionsAndTheLoopPagesWork() {
		Http http = new Http(port);
		String manager = http.tokenFor("manager");
		long owner = StaffAccounts.create(http, "voc-action-owner", "MANAGER").id();
		HttpResponse<String> action = http.postJson("/api/v1/improvement-actions", manager,
				"{\"title\":\"缩短电话排队时间\",\"ownerId\":" + owner + "}");
		assertThat(action.statusCode()).as(action.body()).isEqualTo(201);
		assertThat(Http.json(action.body()).get("status").asString()).isEqualTo("OPEN");
		assertThat(http.postJson("/api/v1/improvement-actions", manager, "{\"title\":\"\",\"ownerId\":" + owner + "}")
			.statusCode()).isEqualTo(400);

		long survey = VocTestData.publishedSurvey(http, manager, "分群发放测试", "TRANSACTIONAL", VocTestData.BASIC_QUESTIONS);
		HttpResponse<String> scheduled = http.postJson("/api/v1/surveys/" + survey + "/distribution-rules", manager,
				"{\"trigger\":\"SCHEDULED\",\"segmentId\":1}");
		assertThat(scheduled.statusCode()).as("a rule nothing could run").isEqualTo(400);
		assertThat(scheduled.body()).contains("trigger");
		assertThat(http.postJson("/api/v1/surveys/" + survey + "/distribution-rules", manager,
				"{\"trigger\":\"TICKET_RESOLVED\",\"samplingPercent\":101}").statusCode()).isEqualTo(400);
		assertThat(http.postJson("/api/v1/surveys/999999999/distribution-rules", manager,
				"{\"trigger\":\"TICKET_RESOLVED\"}").statusCode()).isEqualTo(404);

		Http pages = new Http(port);
		pages.login("manager", Http.DEMO_PASSWORD);
		for (String path : new String[] { "/voc/feedback", "/voc/improvement-actions", "/voc/distribution",
				"/voc/feedback/categories", "/voc/follow-ups" }) {
			HttpResponse<String> page = pages.send(pages.request(path).GET());
			assertThat(page.statusCode()).as(path).isEqualTo(200);
		}
		assertThat(pages.send(pages.request("/voc/improvement-actions").GET()).body()).contains("缩短电话排队时间");
		Http agent = new Http(port);
		agent.login("agent", Http.DEMO_PASSWORD);
		assertThat(agent.send(agent.request("/voc/follow-ups").GET()).statusCode()).isEqualTo(200);
		assertThat(agent.send(agent.request("/voc/feedback").GET()).statusCode()).isEqualTo(200);
		assertThat(agent.send(agent.request("/voc/distribution").GET()).statusCode()).isEqualTo(403);
	}

	private static java.util.List<Long> ids(Http http, String tokenAndQuery) {
		String token = tokenAndQuery.contains("&") ? tokenAndQuery.substring(0, tokenAndQuery.indexOf('&')) : tokenAndQuery;
		String query = tokenAndQuery.contains("&") ? "?" + tokenAndQuery.substring(tokenAndQuery.indexOf('&') + 1) : "";
		HttpResponse<String> response = http.get("/api/v1/feedback" + query, token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode items = Http.json(response.body()).get("items");
		java.util.List<Long> ids = new java.util.ArrayList<>();
		items.forEach(item -> ids.add(item.get("id").asLong()));
		return ids;
	}

}
