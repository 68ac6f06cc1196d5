package io.kairos.desk.console;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening tickets from the console, the supervisor's view with reassignment, and the desk admin's pages. */
@KairosIntegrationTest
class DeskManagementIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theNewTicketFormShowsFieldErrorsAndOpensTheTicket() {
		ConsoleClient agent = ConsoleClient.signInDemo(port, "agent");
		String phone = DeskTestData.freshMobile();

		HttpResponse<String> missing = agent.submit("/desk/tickets/new", "/desk/tickets", "name", "新客户", "phone", phone,
				"channel", "HOTLINE", "type", "REPAIR", "priority", "HIGH", "subject", "", "description", "无法上网");
		HttpResponse<String> badPhone = agent.submit("/desk/tickets/new", "/desk/tickets", "name", "新客户", "phone", "12345",
				"channel", "HOTLINE", "type", "REPAIR", "priority", "HIGH", "subject", "断网", "description", "无法上网");
		HttpResponse<String> opened = agent.submit("/desk/tickets/new", "/desk/tickets", "name", "新客户", "phone", phone,
				"channel", "HOTLINE", "type", "REPAIR", "priority", "HIGH", "category", "network.outage", "subject", "断网",
				"description", "无法上网");

		assertThat(missing.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(missing.body()).select("#subject.is-invalid")).hasSize(1);
		assertThat(Jsoup.parse(badPhone.body()).select("#phone.is-invalid")).hasSize(1);
		assertThat(Jsoup.parse(badPhone.body()).select("#subject").val()).isEqualTo("断网");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
		String location = opened.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		JsonNode ticket = Http.json(agent.http.get("/api/v1/tickets/" + id, agent.token).body());
		assertThat(ticket.get("subject").asString()).isEqualTo("断网");
		assertThat(ticket.get("channel").asString()).isEqualTo("HOTLINE");
		assertThat(ticket.get("category").asString()).isEqualTo("network.outage");
		assertThat(ticket.get("customer").get("name").asString()).isEqualTo("新客户");

		long customer = ticket.get("customer").get("id").asLong();
		Document forKnown = agent.page("/desk/tickets/new?customerId=" + customer);
		assertThat(forKnown.selectFirst("#known-customer").text()).contains("新客户");
		HttpResponse<String> again = agent.submit("/desk/tickets/new?customerId=" + customer, "/desk/tickets", "customerId",
				String.valueOf(customer), "channel", "STORE", "type", "INQUIRY", "priority", "NORMAL", "subject", "复查",
				"description", "到店复查");
		assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
	}

	@Test
	void theSupervisorSeesTeamLoadsAndReassignsWithinTheTeam() {
		Http http = new Http(port);
		StaffAccounts.Account first = StaffAccounts.create(http, "member", "AGENT");
		StaffAccounts.Account second = StaffAccounts.create(http, "member", "AGENT");
		long team = DeskTestData.team(http, StaffAccounts.unique("督导组"), first.id(), second.id());
		String token = DeskTestData.token(http, "supervisor");
		JsonNode ticket = DeskTestData.open(http, token, "待督导", "\"teamId\":" + team);
		DeskTestData.open(http, token, "待督导二", "\"teamId\":" + team + ",\"priority\":\"URGENT\"");
		ConsoleClient supervisor = ConsoleClient.signInDemo(port, "supervisor");

		Document board = supervisor.page("/desk/supervisor?team=" + team);

		var load = board.selectFirst("tr.team-load[data-team=" + team + "]");
		assertThat(load.selectFirst(".team-total").text()).isEqualTo("2");
		assertThat(board.select("#team-queue .ticket-subject").eachText()).containsExactlyInAnyOrder("待督导", "待督导二");
		assertThat(board.select("#assignee-" + ticket.get("id").asLong() + " option").eachAttr("value"))
			.containsExactly("", String.valueOf(first.id()), String.valueOf(second.id()));

		HttpResponse<String> assigned = supervisor.submit("/desk/supervisor?team=" + team, "/desk/supervisor/assign",
				"ticketId", ticket.get("id").asString(), "teamId", String.valueOf(team), "assigneeId",
				String.valueOf(second.id()));
		HttpResponse<String> outsider = supervisor.submit("/desk/supervisor?team=" + team, "/desk/supervisor/assign",
				"ticketId", ticket.get("id").asString(), "teamId", String.valueOf(team), "assigneeId", "1");

		assertThat(assigned.statusCode()).isEqualTo(302);
		assertThat(Http.json(http.get("/api/v1/tickets/" + ticket.get("id").asLong(), token).body()).get("assigneeId").asLong())
			.isEqualTo(second.id());
		assertThat(outsider.statusCode()).isEqualTo(302);
		assertThat(supervisor.page("/desk/supervisor?team=" + team).select(".alert-danger").text())
			.isEqualTo("The assignee is not a member of the team.");
		assertThat(ConsoleClient.signInDemo(port, "agent").get("/desk/supervisor").statusCode()).isEqualTo(403);
	}

	@Test
	void theDeskAdminAddsRenamesAndDeactivatesCategories() {
		ConsoleClient admin = ConsoleClient.signInDemo(port, "admin");
		String code = "test." + Long.toString(System.nanoTime(), 36);

		HttpResponse<String> badCode = admin.submit("/desk/admin/categories", "/desk/admin/categories", "code", "Bad Code!",
				"nameZh", "坏", "nameEn", "Bad");
		HttpResponse<String> added = admin.submit("/desk/admin/categories", "/desk/admin/categories", "code", code,
				"nameZh", "测试分类", "nameEn", "Test category");

		assertThat(Jsoup.parse(badCode.body()).select("#code.is-invalid")).hasSize(1);
		assertThat(added.statusCode()).isEqualTo(302);
		Document page = admin.page("/desk/admin/categories");
		var row = page.selectFirst("tr.category-row[data-code=" + code + "]");
		String rename = row.selectFirst("form.rename").attr("action");
		String version = row.selectFirst("form.rename input[name=version]").val();

		assertThat(admin.submit("/desk/admin/categories", rename, "version", version, "nameZh", "改名分类", "nameEn",
				"Renamed").statusCode()).isEqualTo(302);
		admin.submit("/desk/admin/categories", rename, "version", version, "nameZh", "过期", "nameEn", "Stale");
		assertThat(admin.page("/desk/admin/categories").select(".alert-danger").text())
			.isEqualTo("This record was changed by someone else since you read it. Reload it and try again.");
		String fresh = admin.page("/desk/admin/categories").selectFirst("tr.category-row[data-code=" + code + "] form.rename input[name=version]").val();
		assertThat(admin.submit("/desk/admin/categories", rename + "/active", "version", fresh, "active", "false").statusCode())
			.isEqualTo(302);

		JsonNode category = null;
		for (JsonNode each : Http.json(admin.http.get("/api/v1/ticket-categories", admin.token).body())) {
			if (each.get("code").asString().equals(code)) {
				category = each;
			}
		}
		assertThat(category.get("nameZh").asString()).isEqualTo("改名分类");
		assertThat(category.get("active").asBoolean()).isFalse();
		HttpResponse<String> refused = admin.http.postJson("/api/v1/tickets", DeskTestData.token(admin.http, "agent"), """
				{"customer":{"name":"某人","phone":"%s"},"subject":"x","description":"x","category":"%s"}"""
			.formatted(DeskTestData.freshMobile(), code));
		assertThat(refused.statusCode()).as("a deactivated category is not offered").isEqualTo(400);
		assertThat(ConsoleClient.signInDemo(port, "agent").get("/desk/admin/categories").statusCode()).isEqualTo(403);
	}

	@Test
	void theDeskAdminCreatesATeamSetsMembersAndMode() {
		ConsoleClient admin = ConsoleClient.signInDemo(port, "admin");
		Http http = new Http(port);
		StaffAccounts.Account member = StaffAccounts.create(http, "teammate", "AGENT");
		String name = StaffAccounts.unique("新班组");

		assertThat(admin.submit("/desk/admin/teams", "/desk/admin/teams", "name", name, "description", "测试",
				"assignmentMode", "MANUAL").statusCode()).isEqualTo(302);
		JsonNode team = null;
		for (JsonNode each : Http.json(http.get("/api/v1/teams", admin.token).body())) {
			if (each.get("name").asString().equals(name)) {
				team = each;
			}
		}
		long id = team.get("id").asLong();
		assertThat(admin.submit("/desk/admin/teams", "/desk/admin/teams/" + id + "/members", "members",
				String.valueOf(member.id())).statusCode()).isEqualTo(302);
		assertThat(admin.submit("/desk/admin/teams", "/desk/admin/teams/" + id + "/mode", "assignmentMode", "ROUND_ROBIN")
			.statusCode()).isEqualTo(302);

		Document page = admin.page("/desk/admin/teams");
		assertThat(page.select("#member-" + id + "-" + member.id()).attr("checked")).isNotNull();
		assertThat(page.select("#member-" + id + "-" + member.id()).hasAttr("checked")).isTrue();
		assertThat(page.select("#mode-" + id + " option[selected]").val()).isEqualTo("ROUND_ROBIN");
		HttpResponse<String> taken = admin.submit("/desk/admin/teams", "/desk/admin/teams", "name", name,
				"assignmentMode", "MANUAL");
		assertThat(Jsoup.parse(taken.body()).select("#name.is-invalid")).hasSize(1);
	}

}
