package io.kairos.desk.followup;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps, promises and callback panels of the ticket page, the callbacks page and the checklist editor. */
@KairosIntegrationTest
class FollowUpPanelsIntegrationTests {

	@LocalServerPort
	int port;

	Http api;

	Http browser;

	String agent;

	@BeforeEach
	void signIn() {
		api = new Http(port);
		agent = DeskTestData.token(api, "agent");
		browser = new Http(port);
		assertThat(browser.login("agent", Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
	}

	@Test
	void theStepsPanelShowsTheChecklistTicksItAndRefusesToMoveOnUnticked() {
		long id = DeskTestData.open(api, agent, "面板环节", "").get("id").asLong();
		String panel = "/tickets/" + id + "/panels/steps";

		HttpResponse<String> fragment = browser.send(browser.request(panel).header("HX-Request", "true").GET());
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).doesNotContain("<html");
		Document steps = Jsoup.parse(fragment.body());
		assertThat(steps.select("#current-step").attr("data-step")).isEqualTo("1");
		assertThat(steps.select(".checklist-item")).hasSize(3);
		assertThat(steps.select("#advance-step")).hasSize(1);
		String item = steps.select(".checklist-item").first().attr("data-item");

		HttpResponse<String> refused = browser.submit(panel, panel + "/enter", "step", "2");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("#steps-refusal")).hasSize(1);
		assertThat(Jsoup.parse(refused.body()).select(".checklist-item.text-danger")).hasSize(3);

		HttpResponse<String> ticked = browser.submit(panel, panel + "/items/" + item, "ticked", "true");
		assertThat(ticked.statusCode()).isEqualTo(302);
		JsonNode state = FollowUpTestData.steps(api, agent, id).get("steps").get(0).get("checklist").get(0);
		assertThat(state.get("ticked").asBoolean()).isTrue();
		assertThat(Jsoup.parse(browser.send(browser.request(panel).GET()).body())
			.select(".checklist-item[data-ticked=true]")).hasSize(1);

		FollowUpTestData.tickAll(api, agent, id);
		assertThat(browser.submit(panel, panel + "/enter", "step", "2").statusCode()).isEqualTo(302);
		assertThat(FollowUpTestData.steps(api, agent, id).get("step").asInt()).isEqualTo(2);
	}

	@Test
	void thePromisesPanelRecordsAPromiseAndSettlesIt() {
		long id = DeskTestData.open(api, agent, "面板承诺", "").get("id").asLong();
		String panel = "/tickets/" + id + "/panels/promises";
		String due = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(1).truncatedTo(ChronoUnit.MINUTES).toString();

		HttpResponse<String> made = browser.submit(panel, panel, "kind", "DELIVERY", "what", "明天上午送达", "due", due);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
		Document page = Jsoup.parse(browser.send(browser.request(panel).GET()).body());
		assertThat(page.select(".promise")).hasSize(1);
		assertThat(page.select(".promise").text()).contains("明天上午送达");
		String promise = page.select(".promise").attr("data-promise");
		String version = page.select(".promise input[name=version]").val();

		HttpResponse<String> kept = browser.submit(panel, panel + "/" + promise, "status", "KEPT", "version", version);
		assertThat(kept.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(browser.send(browser.request(panel).GET()).body()).select(".promise").attr("data-status"))
			.isEqualTo("KEPT");

		HttpResponse<String> empty = browser.submit(panel, panel, "kind", "OTHER", "what", "", "due", due);
		assertThat(Jsoup.parse(empty.body()).select("#promises-refusal")).hasSize(1);
	}

	@Test
	void theCallbackPanelAndTheCallbacksPageShowTheSignedInAgentsCallback() {
		long id = DeskTestData.open(api, agent, "面板回访", "").get("id").asLong();
		HttpResponse<String> noCallback = browser.send(browser.request("/tickets/" + id + "/panels/callback").GET());
		assertThat(Jsoup.parse(noCallback.body()).select(".callback")).isEmpty();

		api.postJson("/api/v1/tickets/" + id + "/resolve", agent, "");
		Document panel = Jsoup.parse(browser.send(browser.request("/tickets/" + id + "/panels/callback").GET()).body());
		assertThat(panel.select(".callback")).hasSize(1);
		String callback = panel.select(".callback").attr("data-callback");
		assertThat(panel.select("input[name=outcome]")).hasSize(3);

		HttpResponse<String> recorded = browser.submit("/tickets/" + id + "/panels/callback",
				"/tickets/" + id + "/panels/callback/" + callback, "outcome", "SATISFIED", "note", "客户表示满意");
		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(browser.send(browser.request("/tickets/" + id + "/panels/callback").GET()).body())
			.select(".callback").attr("data-status")).isEqualTo("DONE");

		HttpResponse<String> mine = browser.send(browser.request("/desk/callbacks").GET());
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(mine.body()).select("h1")).hasSize(1);
	}

	@Test
	void panelsOfARestrictedTicketTheViewerMayNotSeeAre404() {
		StaffAccounts.Account member = StaffAccounts.create(api, "panel-member", "AGENT");
		long team = DeskTestData.team(api, StaffAccounts.unique("保密组"), member.id());
		long hidden = DeskTestData.open(api, agent, "保密工单", "\"teamId\":" + team + ",\"restricted\":true").get("id").asLong();

		for (String panel : new String[] { "steps", "promises", "callback" }) {
			assertThat(browser.send(browser.request("/tickets/" + hidden + "/panels/" + panel).GET()).statusCode())
				.as(panel).isEqualTo(404);
		}
		assertThat(api.get("/api/v1/tickets/" + hidden + "/steps", agent).statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/tickets/" + hidden + "/promises", agent).statusCode()).isEqualTo(404);

		Http teamMember = new Http(port);
		teamMember.login(member.username(), StaffAccounts.PASSWORD);
		assertThat(teamMember.send(teamMember.request("/tickets/" + hidden + "/panels/steps").GET()).statusCode())
			.as("the team's member sees it").isEqualTo(200);
	}

	@Test
	void administratorsEditChecklistsOnTheirPage() {
		Http admin = new Http(port);
		admin.login(StaffAccounts.admin(api).username(), StaffAccounts.PASSWORD);

		HttpResponse<String> editor = admin.send(admin.request("/desk/checklists?category=device&step=4").GET());
		assertThat(editor.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(editor.body());
		assertThat(page.select("#checklist-form input[name$=textEn]").eachAttr("value"))
			.contains("Diagnose and record the cause of the fault");

		HttpResponse<String> saved = admin.submit("/desk/checklists?category=network&step=3", "/desk/checklists",
				"category", "network", "step", "3", "rows[0].textZh", "确认基站恢复时间", "rows[0].textEn",
				"Confirm when the cell site is back", "rows[0].required", "true");
		assertThat(saved.statusCode()).isEqualTo(302);
		Document after = Jsoup.parse(admin.send(admin.request("/desk/checklists?category=network&step=3").GET()).body());
		assertThat(after.select("#checklist-form input[name$=textEn]").eachAttr("value")).contains("Confirm when the cell site is back");
		assertThat(browser.send(browser.request("/desk/checklists").GET()).statusCode()).as("agents").isEqualTo(403);
	}

}
