package io.kairos.desk.automation;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The composer panel on the ticket page and the admin pages of macros, scripts, triggers and automations. */
@KairosIntegrationTest
class AutomationPagesIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	String agentToken;

	@BeforeEach
	void client() {
		http = new Http(port);
		agentToken = DeskTestData.token(http, "agent");
	}

	@Test
	void thePanelRendersMacrosForTheTicketAsTextAndAppliesOneWithCsrf() {
		JsonNode ticket = DeskTestData.open(http, agentToken, "<script>alert(1)</script>", "");
		long id = ticket.get("id").asLong();
		HttpResponse<String> created = http.postJson("/api/v1/macros", agentToken, """
				{"name":"Panel macro","bodyEn":"About {{ticket.subject}} for {{customer.name}}","setStatus":"PENDING_CUSTOMER"}""");
		long macro = Http.json(created.body()).get("id").asLong();
		Http browser = signedIn("agent", Http.DEMO_PASSWORD);

		HttpResponse<String> panel = get(browser, "/tickets/" + id + "/panels/macros?q=Panel%20macro", "en");

		assertThat(panel.statusCode()).isEqualTo(200);
		assertThat(panel.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		Document fragment = Jsoup.parse(panel.body());
		Element item = fragment.selectFirst("[data-macro=" + macro + "]");
		assertThat(item).isNotNull();
		assertThat(item.selectFirst(".macro-text").text()).isEqualTo("About <script>alert(1)</script> for 测试客户");
		assertThat(item.selectFirst("[data-composer-insert]").attr("data-text"))
			.isEqualTo("About <script>alert(1)</script> for 测试客户");
		assertThat(item.selectFirst("form input[name=_csrf]")).as("the apply form carries CSRF").isNotNull();
		assertThat(fragment.select("script[src]").eachAttr("src")).containsExactly("/js/composer.js");
		assertThat(fragment.select("#panel-scripts [data-script]")).isEmpty();

		HttpResponse<String> applied = browser.submit("/tickets/" + id + "/panels/macros?q=Panel%20macro",
				"/tickets/" + id + "/panels/macros/" + macro + "/apply");

		assertThat(applied.statusCode()).isEqualTo(303);
		assertThat(applied.headers().firstValue("Location")).hasValue("/desk/tickets/" + id);
		JsonNode after = Http.json(http.get("/api/v1/tickets/" + id, agentToken).body());
		assertThat(after.get("status").asString()).isEqualTo("PENDING_CUSTOMER");
		assertThat(browser.send(browser.request("/js/composer.js").GET()).body()).contains("composer-body");
	}

	@Test
	void thePanelListsScriptsInTheUsersLanguageAndHidesTicketsTheViewerMayNotSee() {
		long id = DeskTestData.open(http, agentToken, "话术面板", "").get("id").asLong();
		Http agent = signedIn("agent", Http.DEMO_PASSWORD);

		Document panel = Jsoup.parse(get(agent, "/tickets/" + id + "/panels/macros?q=" + java.net.URLEncoder.encode("确认", java.nio.charset.StandardCharsets.UTF_8), "zh-CN").body());

		assertThat(panel.select("#panel-scripts [data-script]")).isNotEmpty();
		assertThat(panel.select("#panel-scripts").text()).contains("确认");

		StaffAccounts.Account owner = StaffAccounts.create(http, "panel-owner", "AGENT");
		String ownerToken = DeskTestData.token(http, owner.username());
		long restricted = DeskTestData.open(http, ownerToken, "受限工单", "\"restricted\":true").get("id").asLong();
		Http other = signedIn(StaffAccounts.create(http, "panel-other", "AGENT").username(), StaffAccounts.PASSWORD);

		assertThat(other.send(other.request("/tickets/" + restricted + "/panels/macros").GET()).statusCode()).isEqualTo(404);
		assertThat(other.send(other.request("/tickets/999999999/panels/macros").GET()).statusCode()).isEqualTo(404);
	}

	@Test
	void adminPagesListTheSeedsInBothLanguagesAndPreviewAnAutomation() {
		Http admin = signedIn("admin", Http.DEMO_PASSWORD);

		Document macros = page(admin, "en", "/desk/automation/macros");
		assertThat(macros.select("#macros-table").text()).contains("Acknowledge", "Ask for details", "Resolved confirmation");
		assertThat(page(admin, "zh-CN", "/desk/automation/macros").title()).startsWith("快捷回复");
		Document scripts = page(admin, "zh-CN", "/desk/automation/scripts?step=EXPLORE");
		assertThat(scripts.select("#scripts-table").text()).contains("赞赏型提问", "重复型提问", "澄清型提问", "挖掘需求型提问",
				"确认型提问");
		assertThat(page(admin, "en", "/desk/automation/scripts?step=PROPOSE").select("#scripts-table").text())
			.contains("\"I will…\"", "Polite refusal");
		assertThat(page(admin, "en", "/desk/automation/triggers").select("#triggers-table").text()).contains("Diamond");
		Document automations = page(admin, "en", "/desk/automation/automations");
		Element close = automations.select("#automations-table tr").stream()
			.filter(row -> row.text().contains("Close 7 days"))
			.findFirst()
			.orElseThrow();
		Document preview = page(admin, "en", close.selectFirst("a.automation-preview").attr("href"));
		assertThat(preview.selectFirst("#automation-preview")).isNotNull();
		assertThat(preview.selectFirst("#automation-preview h2").text()).startsWith("Would act on");
	}

	@Test
	void anAdminWritesASharedMacroThroughTheFormAndBadInputIsShownNotStored() {
		Http admin = signedIn("admin", Http.DEMO_PASSWORD);

		HttpResponse<String> refused = admin.submit("/desk/automation/macros", "/desk/automation/macros", "name",
				"Form macro zx", "bodyEn", "Dear {{customer.fullName}}");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).selectFirst("#refusal").text()).contains("bodyEn", "{{customer.fullName}}");

		HttpResponse<String> saved = admin.submit("/desk/automation/macros", "/desk/automation/macros", "name",
				"Form macro zx", "bodyEn", "Dear {{customer.name}}", "setStatus", "RESOLVED", "addTags", "a, b");
		assertThat(saved.statusCode()).isIn(302, 303);

		JsonNode found = Http.json(http.get("/api/v1/macros?q=Form%20macro%20zx", agentToken).body());
		assertThat(found.size()).isEqualTo(1);
		assertThat(found.get(0).get("shared").asBoolean()).isTrue();
		assertThat(found.get(0).get("addTags").toString()).isEqualTo("[\"a\",\"b\"]");
	}

	@Test
	void agentsDoNotReachTheAdminPages() {
		Http agent = signedIn("agent", Http.DEMO_PASSWORD);

		for (String path : new String[] { "/desk/automation/macros", "/desk/automation/scripts",
				"/desk/automation/triggers", "/desk/automation/automations" }) {
			assertThat(agent.send(agent.request(path).GET()).statusCode()).as(path).isEqualTo(403);
		}
	}

	/** Signed in through the form; pages are asked for in a language by Accept-Language (no saved preference changes). */
	private Http signedIn(String user, String password) {
		Http browser = new Http(port);
		assertThat(browser.login(user, password).statusCode()).isIn(302, 303);
		return browser;
	}

	private static HttpResponse<String> get(Http browser, String path, String language) {
		return browser.send(browser.request(path).header("Accept-Language", language).GET());
	}

	private static Document page(Http browser, String language, String path) {
		HttpResponse<String> response = get(browser, path, language);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
