package io.kairos.journey;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MOT panel of the ticket page: the agent picks the touchpoint (the desk's ticket now names it), scores with one
 * click on the −3..+3 scale whose buttons carry the meanings, and the score shows on the customer 360 panel.
 */
@KairosIntegrationTest
class JourneyPanelsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anAgentLinksTheTouchpointAndScoresWithOneClick() {
		Http http = new Http(port);
		String token = DeskTestData.token(http, "agent");
		String s = JourneyTestData.suffix();
		long touchpoint = JourneyTestData.touchpoint(http, "面板热线" + s, "HOTLINE");
		JourneyTestData.journey(http, "面板旅程" + s, new long[][] { { touchpoint } }, "报修");
		JsonNode ticket = DeskTestData.open(http, token, "面板工单" + s, "");
		long id = ticket.get("id").asLong();
		long customer = ticket.get("customer").get("id").asLong();
		assertThat(http.login("agent", Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
		String panel = "/tickets/" + id + "/panels/mot";

		Document before = page(http, panel);
		assertThat(before.selectFirst("#mot-score-form")).as("no scoring before the touchpoint is set").isNull();
		HttpResponse<String> linked = http.submit(panel, panel + "/touchpoint", "touchpointId", Long.toString(touchpoint));
		assertThat(linked.statusCode()).as(linked.body()).isEqualTo(302);
		assertThat(Http.json(http.get("/api/v1/tickets/" + id, token).body()).get("touchpointId").asLong())
			.isEqualTo(touchpoint);

		Document scoring = page(http, panel);
		assertThat(scoring.select(".mot-scale button")).hasSize(7);
		assertThat(scoring.selectFirst("#mot-score--3").attr("title")).isEqualTo("-3 客户产生负向情绪");
		assertThat(scoring.selectFirst("#mot-score-3").attr("title")).isEqualTo("+3 超越客户期望");
		HttpResponse<String> scored = http.submit(panel, panel + "/score", "score", "-3", "explored", "true",
				"thought", "担心没人管", "source", "AGENT_SELF");
		assertThat(scored.statusCode()).as(scored.body()).isEqualTo(302);
		Document after = page(http, panel);
		assertThat(after.select(".mot-score")).hasSize(1);
		assertThat(after.selectFirst(".mot-score").text()).contains("客户产生负向情绪");

		Document history = page(http, "/customers/" + customer + "/panels/mot");
		assertThat(history.select("#mot-history-table tbody tr")).hasSize(1);
		assertThat(history.selectFirst("#mot-history-table tbody tr").text()).contains("面板热线" + s).contains("客户产生负向情绪");
	}

	private static Document page(Http http, String path) {
		HttpResponse<String> response = http.send(http.request(path).GET());
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
