package io.kairos.customer;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The tier-rule editor, the tier part of the customer page and the customer-value page, with their permissions. */
@KairosIntegrationTest
class TierPagesIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void managerEditsRulesAndSeesAnErrorNextToTheField() {
		signIn("manager");
		String editor = page("/tiers/rules");
		assertThat(editor).contains("id=\"tier-rules-form\"", "DIAMOND", "data-nav=\"tier-rules\"");
		String version = editor.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

		HttpResponse<String> refused = http.submit("/tiers/rules", "/tiers/rules", "version", version,
				"rows[0].tier", "GOLD", "rows[0].nameEn", "Gold", "rows[0].nameZh", "金卡", "rows[0].minSpend12m", "abc",
				"rows[1].tier", "REGULAR", "rows[1].nameEn", "Regular", "rows[1].nameZh", "普通");

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).containsPattern("name=\"rows\\[0\\]\\.minSpend12m\"[^>]*is-invalid|is-invalid[^>]*name=\"rows\\[0\\]\\.minSpend12m\"");

		HttpResponse<String> bottomRule = http.submit("/tiers/rules", "/tiers/rules", "version", version,
				"rows[0].tier", "GOLD", "rows[0].nameEn", "Gold", "rows[0].nameZh", "金卡", "rows[0].minSpend12m", "30000",
				"rows[3].tier", "REGULAR", "rows[3].nameEn", "Regular", "rows[3].nameZh", "普通", "rows[3].minRfmScore", "5");
		assertThat(bottomRule.body()).containsPattern("name=\"rows\\[3\\]\\.tier\"[^>]*is-invalid|is-invalid[^>]*name=\"rows\\[3\\]\\.tier\"");

		HttpResponse<String> saved = http.submit("/tiers/rules", "/tiers/rules", "version", version,
				"rows[0].tier", "diamond", "rows[0].nameEn", "Diamond", "rows[0].nameZh", "钻石", "rows[0].minSpend12m", "100000", "rows[0].minTenureMonths", "12",
				"rows[1].tier", "GOLD", "rows[1].nameEn", "Gold", "rows[1].nameZh", "金卡", "rows[1].minSpend12m", "30000",
				"rows[2].tier", "SILVER", "rows[2].nameEn", "Silver", "rows[2].nameZh", "银卡", "rows[2].minHoldings", "50000",
				"rows[3].tier", "REGULAR", "rows[3].nameEn", "Regular", "rows[3].nameZh", "普通");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(page("/tiers/rules")).contains("value=\"DIAMOND\"").contains("value=\"100000.00\"");
	}

	@Test
	void agentMayNotEditRulesNorSeeTheValuePage() {
		signIn("agent");
		assertThat(http.send(http.request("/tiers/rules").GET()).statusCode()).isEqualTo(403);
		assertThat(http.send(http.request("/analytics/customer-value").GET()).statusCode()).isEqualTo(403);
		assertThat(page("/")).doesNotContain("data-nav=\"tier-rules\"").doesNotContain("data-nav=\"customer-value\"");
	}

	@Test
	void customerPageLoadsTheTierPartWithOverrideAndHistory() {
		String agent = CustomerTestData.token(http, "agent");
		String manager = CustomerTestData.token(http, "manager");
		TierTestData.testLadder(http, manager);
		long id = CustomerTestData.create(http, agent, "三六零", CustomerTestData.freshMobile());
		TierTestData.fact(http, agent, id, "31000", TierTestData.daysAgo(3), "PURCHASE");
		TierTestData.put(http, "/api/v1/customers/" + id + "/tier-override", manager,
				"{\"tier\":\"SILVER\",\"reason\":\"降级观察\"}");
		TierTestData.evaluate(http, manager);
		signIn("agent");

		assertThat(page("/customers/" + id)).contains("id=\"tiering\"").contains("hx-get=\"/customers/" + id + "/tier\"");
		// Panels declared by other parts of Kairos appear in their order (tier 100, service profile 200).
		String show = page("/customers/" + id);
		assertThat(show.indexOf("id=\"tiering\"")).isPositive()
			.isLessThan(show.indexOf("hx-get=\"/customers/" + id + "/service-profile\""));
		String part = http.send(http.request("/customers/" + id + "/tier").header("HX-Request", "true").GET()).body();

		assertThat(part).contains("id=\"tier-history\"", "降级观察", "id=\"tier-override\"").doesNotContain("<nav");
		assertThat(page("/customers/" + id + "/tier")).contains("<nav").contains("id=\"tier-history\"");
	}

	@Test
	void valuePageShowsTheChartDataAndTheRfmTable() {
		signIn("manager");

		String html = page("/analytics/customer-value");

		assertThat(html).contains("id=\"pareto-chart\"", "data-pareto=\"{", "id=\"rfm-table\"", "/js/pareto.js",
				"/webjars/echarts/", "echarts.min.js", "data-nav=\"customer-value\"");
		assertThat(html).doesNotContainPattern("<script>");
	}

	private void signIn(String username) {
		HttpResponse<String> login = http.login(username, Http.DEMO_PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
	}

	private String page(String path) {
		HttpResponse<String> response = http.send(http.request(path).GET());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
