package io.kairos.customer;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer pages: masked on every page for an agent, the audited reveal for permitted roles. */
@KairosIntegrationTest
class CustomerPagesIntegrationTests {

	static final Pattern FULL_MOBILE = Pattern.compile("1[3-9]\\d{9}");

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void listAndCustomerPageShowAnAgentNoFullNumber() {
		String mobile = CustomerTestData.freshMobile();
		long id = CustomerTestData.create(http, CustomerTestData.token(http, "agent"), "页面测试", mobile);
		signIn("agent");

		String list = page("/customers");
		String show = page("/customers/" + id);

		assertThat(list).contains("data-nav=\"customers\"").contains(CustomerTestData.masked(mobile)).contains("页面测试");
		assertThat(show).contains(CustomerTestData.masked(mobile)).contains("id=\"customer-form\"");
		assertThat(show).doesNotContain("id=\"reveal\"");
		for (String html : new String[] { list, show }) {
			assertThat(FULL_MOBILE.matcher(html).find()).as("a full mobile number on the page").isFalse();
		}
	}

	@Test
	void searchPageFindsByFullNumberAndShowsItMasked() {
		String mobile = CustomerTestData.freshMobile();
		CustomerTestData.create(http, CustomerTestData.token(http, "agent"), "搜索页面", mobile);
		signIn("agent");

		String found = page("/customers?q=" + mobile.substring(0, 3) + "+" + mobile.substring(3, 7) + "+" + mobile.substring(7));

		assertThat(found).contains("搜索页面").contains(CustomerTestData.masked(mobile));
		assertThat(FULL_MOBILE.matcher(found).find()).isFalse();
		assertThat(page("/customers?q=" + java.net.URLEncoder.encode("没有这个人", java.nio.charset.StandardCharsets.UTF_8)))
			.contains("id=\"customers-empty\"");
	}

	@Test
	void pagesSpeakBothLanguagesWithTheStageFocus() {
		long id = CustomerTestData.create(http, CustomerTestData.token(http, "agent"), "双语", CustomerTestData.freshMobile());
		signIn("agent");

		String chinese = http.send(http.request("/customers/" + id).header("Accept-Language", "zh-CN").GET()).body();
		String english = http.send(http.request("/customers/" + id).header("Accept-Language", "en").GET()).body();

		assertThat(chinese).contains("感知期").contains("沟通与产品展示");
		assertThat(english).contains("Aware").contains("Communication and product display");
	}

	@Test
	void managerRevealsOnThePageAndTheViewIsAudited() {
		String mobile = CustomerTestData.freshMobile();
		long id = CustomerTestData.create(http, CustomerTestData.token(http, "agent"), "揭示", mobile);
		signIn("manager");
		assertThat(page("/customers/" + id)).contains("id=\"reveal\"").doesNotContain(mobile);

		HttpResponse<String> revealed = http.submit("/customers/" + id, "/customers/" + id + "/reveal");

		assertThat(revealed.statusCode()).isEqualTo(200);
		assertThat(revealed.body()).contains("+86" + mobile).contains("id=\"revealed-notice\"");
		JsonNode audit = Http.json(http.get(
				"/api/v1/audit-events?action=customer.pii.revealed&subjectType=customer&subjectId=" + id,
				CustomerTestData.token(http, "admin")).body());
		assertThat(audit.get("items")).hasSize(1);
		assertThat(page("/customers/" + id)).doesNotContain(mobile);
	}

	@Test
	void agentCannotRevealThroughThePage() {
		long id = CustomerTestData.create(http, CustomerTestData.token(http, "agent"), "不可揭示", CustomerTestData.freshMobile());
		signIn("agent");

		HttpResponse<String> response = http.submit("/customers/" + id, "/customers/" + id + "/reveal");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(FULL_MOBILE.matcher(response.body()).find()).isFalse();
	}

	@Test
	void analystHasNoCustomerPagesNorNavigationEntry() {
		signIn("analyst");

		assertThat(http.send(http.request("/customers").GET()).statusCode()).isEqualTo(403);
		assertThat(page("/")).doesNotContain("data-nav=\"customers\"");
	}

	@Test
	void agentAddsACustomerThroughTheFormAndSeesRefusalsNextToTheField() {
		signIn("agent");
		String mobile = CustomerTestData.freshMobile();

		HttpResponse<String> refused = http.submit("/customers/new", "/customers", "name", "表单客户", "mobile", "abc",
				"gender", "FEMALE", "kind", "PERSON", "stage", "LEARNING", "birthday", "2025-02-30");
		HttpResponse<String> created = http.submit("/customers/new", "/customers", "name", "表单客户", "mobile",
				mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7), "gender", "FEMALE",
				"kind", "PERSON", "stage", "LEARNING", "birthday", "1990-05-17", "channel1", "WECHAT", "channel2", "SMS",
				"tags", "VIP，老客户 夜间勿扰");

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("is-invalid");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String show = page(java.net.URI.create(location).getPath());
		assertThat(show).contains("表单客户").contains(CustomerTestData.masked(mobile)).contains("老客户")
			.contains("夜间勿扰");
		assertThat(FULL_MOBILE.matcher(show).find()).isFalse();
	}

	@Test
	void staleEditFormIsRefusedOnThePage() {
		long id = CustomerTestData.create(http, CustomerTestData.token(http, "agent"), "并发", CustomerTestData.freshMobile());
		signIn("agent");

		HttpResponse<String> first = http.submit("/customers/" + id, "/customers/" + id, "name", "并发一", "version", "0",
				"gender", "UNDISCLOSED", "kind", "PERSON", "stage", "AWARE");
		HttpResponse<String> stale = http.submit("/customers/" + id, "/customers/" + id, "name", "并发二", "version", "0",
				"gender", "UNDISCLOSED", "kind", "PERSON", "stage", "AWARE");

		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("alert-danger");
		assertThat(page("/customers/" + id)).contains("并发一").doesNotContain("并发二");
	}

	private void signIn(String username) {
		assertThat(http.login(username, Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
	}

	private String page(String path) {
		HttpResponse<String> response = http.send(http.request(path).GET());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
