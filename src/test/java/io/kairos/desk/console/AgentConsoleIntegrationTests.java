package io.kairos.desk.console;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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

/** The agent console's queues and ticket page, as an agent in a team uses them. */
@KairosIntegrationTest
class AgentConsoleIntegrationTests {

	@LocalServerPort
	int port;

	ConsoleClient agent;

	long team;

	@BeforeEach
	void agentInATeam() {
		Http http = new Http(port);
		StaffAccounts.Account account = StaffAccounts.create(http, "console", "AGENT");
		team = DeskTestData.team(http, StaffAccounts.unique("坐席组"), account.id());
		agent = ConsoleClient.signIn(port, account);
	}

	@Test
	void theQueuesShowAnAgentTheirOwnTheirTeamsAndTheUnassignedTickets() {
		JsonNode mine = open("我的工单", "\"teamId\":" + team + ",\"priority\":\"HIGH\"");
		assign(mine, agent.account.id());
		JsonNode waiting = open("待分配工单", "\"teamId\":" + team);

		Document mineView = agent.page("/desk");
		Document teamView = agent.page("/desk?view=team");
		Document unassigned = agent.page("/desk?view=unassigned");

		assertThat(mineView.select("[data-nav=desk]")).hasSize(1);
		assertThat(numbers(mineView)).contains(mine.get("number").asString()).doesNotContain(waiting.get("number").asString());
		assertThat(numbers(teamView)).contains(mine.get("number").asString(), waiting.get("number").asString());
		assertThat(numbers(unassigned)).contains(waiting.get("number").asString()).doesNotContain(mine.get("number").asString());
		var row = mineView.selectFirst("tr[data-ticket=" + mine.get("id").asLong() + "]");
		assertThat(row.selectFirst(".ticket-subject").text()).isEqualTo("我的工单");
		assertThat(row.selectFirst(".ticket-customer").text()).isEqualTo("测试客户");
		assertThat(row.text()).contains("High").contains("Open").contains("Step 1: Reception");
		assertThat(row.selectFirst(".ticket-assignee").text()).isEqualTo("Test " + agent.account.username());
		assertThat(row.selectFirst(".sla-clock")).isNotNull();
	}

	@Test
	void filtersAndSearchNarrowTheQueueAndTheWholeDeskNeedsReadAll() {
		JsonNode repair = open("维修单-" + DeskTestData.freshMobile(), "\"teamId\":" + team + ",\"type\":\"REPAIR\"");
		JsonNode inquiry = open("咨询单", "\"teamId\":" + team);

		Document byType = agent.page("/desk?view=team&type=REPAIR");
		Document bySubject = agent.page("/desk?view=team&q=" + java.net.URLEncoder.encode(repair.get("subject").asString(),
				StandardCharsets.UTF_8));
		Document byNumber = agent.page("/desk?view=team&sort=newest&q=" + inquiry.get("number").asString());

		assertThat(numbers(byType)).contains(repair.get("number").asString()).doesNotContain(inquiry.get("number").asString());
		assertThat(numbers(bySubject)).containsExactly(repair.get("number").asString());
		assertThat(numbers(byNumber)).containsExactly(inquiry.get("number").asString());
		assertThat(agent.get("/desk?view=all").statusCode()).isEqualTo(403);
		assertThat(ConsoleClient.signInDemo(port, "supervisor").page("/desk?view=all&q=" + repair.get("number").asString())
			.select(".ticket-number")
			.eachText()).containsExactly(repair.get("number").asString());
	}

	@Test
	void aRestrictedTicketOfAnotherTeamIsA404ForTheAgentAndAbsentFromTheirQueues() {
		Http http = new Http(port);
		long otherTeam = DeskTestData.team(http, StaffAccounts.unique("别的组"), StaffAccounts.create(http, "other", "AGENT").id());
		JsonNode hidden = DeskTestData.open(http, DeskTestData.token(http, "supervisor"), "保密工单",
				"\"teamId\":" + otherTeam + ",\"restricted\":true");
		long id = hidden.get("id").asLong();
		ConsoleClient supervisor = ConsoleClient.signInDemo(port, "supervisor");
		HttpResponse<String> attached = supervisor.submitWithFile("/desk/tickets/" + id, "/desk/tickets/" + id + "/messages",
				"note.txt", "机密附件".getBytes(StandardCharsets.UTF_8), "body", "内部附件", "visibility", "INTERNAL");
		assertThat(attached.statusCode()).as(attached.body()).isEqualTo(302);
		long attachment = supervisor.page("/desk/tickets/" + id).selectFirst("a.attachment").attr("href").transform(
				href -> Long.parseLong(href.substring(href.lastIndexOf('/') + 1)));

		HttpResponse<String> page = agent.get("/desk/tickets/" + id);
		HttpResponse<String> file = agent.get("/desk/attachments/" + attachment);

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain("保密工单");
		assertThat(file.statusCode()).isEqualTo(404);
		assertThat(agent.get("/desk/tickets/" + id + "/presence").statusCode()).isIn(404, 405);
		assertThat(agent.page("/desk?view=breaching&q=" + hidden.get("number").asString()).select(".ticket-number")).isEmpty();
		assertThat(supervisor.get("/desk/attachments/" + attachment).statusCode()).isEqualTo(200);
	}

	@Test
	void theTicketPageShowsHeaderConversationCustomerAndHistory() {
		JsonNode ticket = open("页面工单", "\"teamId\":" + team + ",\"tags\":[\"宽带\"]");
		long id = ticket.get("id").asLong();
		http().postJson("/api/v1/tickets/" + id + "/messages", agent.token,
				"{\"body\":\"客户来电补充说明\",\"author\":\"CUSTOMER\"}");

		Document page = agent.page("/desk/tickets/" + id);

		assertThat(page.selectFirst("#ticket-number").text()).isEqualTo(ticket.get("number").asString());
		assertThat(page.selectFirst("#ticket-subject").text()).isEqualTo("页面工单");
		assertThat(page.select("#ticket-header .ticket-status").text()).isEqualTo("New");
		assertThat(page.select("#ticket-header .ticket-step").text()).isEqualTo("Step 1: Reception");
		assertThat(page.select("#sla-first-response .sla-clock")).hasSize(1);
		assertThat(page.select("#sla-resolution .sla-clock")).hasSize(1);
		assertThat(page.selectFirst("#ticket-tags").text()).isEqualTo("宽带");
		assertThat(page.select(".message-description .message-body").text()).isEqualTo("描述：页面工单");
		assertThat(page.select(".message-public .message-body").text()).isEqualTo("客户来电补充说明");
		assertThat(page.select(".message-public .message-author").text()).isEqualTo("测试客户");
		assertThat(page.selectFirst("#customer-name").text()).isEqualTo("测试客户");
		assertThat(page.selectFirst("#customer-mobile").text()).matches("198\\*{4}\\d{4}");
		assertThat(page.selectFirst("#customer-link").attr("href")).isEqualTo("/customers/" + ticket.get("customer").get("id").asLong());
		assertThat(page.select("#history .history-entry").eachText()).anySatisfy(line -> assertThat(line).contains("created the ticket"));
		assertThat(page.selectFirst("#composer-body").tagName()).isEqualTo("textarea");
		assertThat(page.select("#composer input[name=_csrf]")).hasSize(1);
		assertThat(page.select("script[src]").eachAttr("src")).contains("/js/desk.js");
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("#presence-form").attr("hx-trigger")).contains("every 15s");
		assertThat(page.select("#customer-reception")).as("no personality type set yet").isEmpty();

		// With a personality type, the agent sees how to receive the customer.
		long customer = ticket.get("customer").get("id").asLong();
		var set = http().send(http().request("/api/v1/customers/" + customer + "/personality")
			.header("Authorization", "Bearer " + agent.token)
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"type\":\"STUBBORN\"}")));
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		Document again = agent.page("/desk/tickets/" + id);
		assertThat(again.selectFirst("#customer-reception").text()).contains("Stubborn").contains("authoritative data");
	}

	@Test
	void theComposerPostsAPublicReplyAnInternalNoteAndFilesThatDownloadAsAttachments() {
		long id = open("回复工单", "\"teamId\":" + team).get("id").asLong();
		String page = "/desk/tickets/" + id;

		HttpResponse<String> reply = agent.submit(page, page + "/messages", "body", "您好，我们已安排师傅上门。",
				"visibility", "PUBLIC");
		HttpResponse<String> note = agent.submitWithFile(page, page + "/messages", "检测报告.txt",
				"线路检测正常".getBytes(StandardCharsets.UTF_8), "body", "内部：已核实线路", "visibility", "INTERNAL");
		HttpResponse<String> empty = agent.submit(page, page + "/messages", "body", " ", "visibility", "PUBLIC");

		assertThat(reply.statusCode()).as(reply.body()).isEqualTo(302);
		assertThat(reply.headers().firstValue("Location").orElseThrow()).endsWith(page + "#conversation");
		assertThat(note.statusCode()).as(note.body()).isEqualTo(302);
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(empty.body()).select("#composer-body.is-invalid")).hasSize(1);
		JsonNode messages = Http.json(http().get("/api/v1/tickets/" + id + "/messages", agent.token).body());
		assertThat(messages).hasSize(2);
		assertThat(messages.get(0).get("visibility").asString()).isEqualTo("PUBLIC");
		assertThat(messages.get(1).get("visibility").asString()).isEqualTo("INTERNAL");
		JsonNode ticket = Http.json(http().get("/api/v1/tickets/" + id, agent.token).body());
		assertThat(ticket.get("status").asString()).as("the first public reply opens the ticket").isEqualTo("OPEN");
		assertThat(ticket.get("firstResponseAt").isNull()).isFalse();

		Document shown = agent.page(page);
		assertThat(shown.select(".message-public .message-body").text()).isEqualTo("您好，我们已安排师傅上门。");
		assertThat(shown.select(".message-internal .message-body").text()).isEqualTo("内部：已核实线路");
		String href = shown.selectFirst(".message-internal a.attachment").attr("href");
		HttpResponse<byte[]> download = agent.http.sendBytes(agent.http.request(href).GET());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo("线路检测正常");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
	}

	@Test
	void aStaleEditShowsTheStaleVersionMessageAndAFreshOneSaves() {
		long id = open("编辑工单", "\"teamId\":" + team).get("id").asLong();
		String page = "/desk/tickets/" + id;
		String version = agent.page(page).selectFirst("#edit-form input[name=version]").val();
		HttpResponse<String> meanwhile = http().send(http().request("/api/v1/tickets/" + id)
			.header("Authorization", "Bearer " + agent.token)
			.header("Content-Type", "application/json")
			.header("If-Match", "\"" + version + "\"")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"priority\":\"URGENT\"}")));
		assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);

		HttpResponse<String> stale = agent.submit(page, page + "/edit", "version", version, "priority", "LOW", "type",
				"INQUIRY", "category", "", "tags", "");

		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(stale.body()).select("#edit-errors").text())
			.isEqualTo("This record was changed by someone else since you read it. Reload it and try again.");
		assertThat(Http.json(http().get("/api/v1/tickets/" + id, agent.token).body()).get("priority").asString())
			.isEqualTo("URGENT");

		String fresh = agent.page(page).selectFirst("#edit-form input[name=version]").val();
		HttpResponse<String> saved = agent.submit(page, page + "/edit", "version", fresh, "priority", "LOW", "type",
				"COMPLAINT", "category", "billing.dispute", "tags", "账单, 复核");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		JsonNode ticket = Http.json(http().get("/api/v1/tickets/" + id, agent.token).body());
		assertThat(ticket.get("priority").asString()).isEqualTo("LOW");
		assertThat(ticket.get("type").asString()).isEqualTo("COMPLAINT");
		assertThat(ticket.get("category").asString()).isEqualTo("billing.dispute");
		assertThat(ticket.get("tags").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("账单", "复核");

		HttpResponse<String> unknownCategory = agent.submit(page, page + "/edit", "version",
				agent.page(page).selectFirst("#edit-form input[name=version]").val(), "priority", "LOW", "type", "COMPLAINT",
				"category", "no-such", "tags", "");
		assertThat(Jsoup.parse(unknownCategory.body()).select("#edit-form select[name=category].is-invalid")).hasSize(1);
	}

	@Test
	void statusButtonsFollowTheRulesAndTheAgentTakesATicket() {
		long id = open("状态工单", "\"teamId\":" + team).get("id").asLong();
		String page = "/desk/tickets/" + id;
		assertThat(agent.page(page).select("#ticket-actions button[id^=move-]").eachAttr("id"))
			.containsExactlyInAnyOrder("move-OPEN", "move-PENDING_CUSTOMER", "move-ON_HOLD", "move-RESOLVED");

		assertThat(agent.submit(page, page + "/take").statusCode()).isEqualTo(302);
		assertThat(agent.submit(page, page + "/status", "status", "RESOLVED").statusCode()).isEqualTo(302);

		JsonNode ticket = Http.json(http().get("/api/v1/tickets/" + id, agent.token).body());
		assertThat(ticket.get("assigneeId").asLong()).isEqualTo(agent.account.id());
		assertThat(ticket.get("status").asString()).isEqualTo("RESOLVED");
		Document resolved = agent.page(page);
		assertThat(resolved.select("#ticket-actions button[id^=move-]").eachAttr("id"))
			.containsExactlyInAnyOrder("move-OPEN", "move-CLOSED");
		assertThat(resolved.selectFirst("#move-OPEN").text()).isEqualTo("Reopen");
		assertThat(resolved.select("#take")).isEmpty();

		HttpResponse<String> illegal = agent.submit(page, page + "/status", "status", "ON_HOLD");
		assertThat(illegal.statusCode()).isEqualTo(302);
		assertThat(agent.page(page).select(".alert-danger").text()).isEqualTo("A ticket cannot move from RESOLVED to ON_HOLD.");
	}

	@Test
	void twoAgentsOnTheSameTicketSeeEachOtherViewingAndReplying() {
		Http http = new Http(port);
		StaffAccounts.Account colleague = StaffAccounts.create(http, "colleague", "AGENT");
		ConsoleClient other = ConsoleClient.signIn(port, colleague);
		long id = open("协同工单", "").get("id").asLong();
		String page = "/desk/tickets/" + id;

		HttpResponse<String> alone = agent.submit(page, page + "/presence", "typing", "false");
		HttpResponse<String> seesAgent = other.submit(page, page + "/presence", "typing", "true");
		HttpResponse<String> seesReplying = agent.submit(page, page + "/presence", "typing", "false");

		assertThat(alone.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(alone.body()).select(".presence-colleague")).isEmpty();
		assertThat(Jsoup.parse(seesAgent.body()).select(".presence-colleague").eachText())
			.containsExactly("Test " + agent.account.username() + " is also viewing this ticket.");
		assertThat(Jsoup.parse(seesReplying.body()).select(".presence-colleague").eachText())
			.containsExactly("Test " + colleague.username() + " is replying to this ticket.");
	}

	@Test
	void theCustomerPageShowsTheCustomersTickets() {
		JsonNode ticket = open("客户页工单", "");
		long customer = ticket.get("customer").get("id").asLong();

		Document panel = agent.page("/desk/customers/" + customer + "/tickets");
		Document customerPage = agent.page("/customers/" + customer);

		assertThat(panel.select(".customer-ticket a").eachText()).containsExactly(ticket.get("number").asString());
		assertThat(customerPage.selectFirst("#customer-tickets").attr("hx-get")).isEqualTo("/desk/customers/" + customer + "/tickets");
	}

	private Http http() {
		return agent.http;
	}

	private JsonNode open(String subject, String extraJson) {
		return DeskTestData.open(http(), agent.token, subject, extraJson);
	}

	private void assign(JsonNode ticket, long assignee) {
		HttpResponse<String> response = http().postJson("/api/v1/tickets/" + ticket.get("id").asLong() + "/assign",
				agent.token, "{\"teamId\":%d,\"assigneeId\":%d}".formatted(team, assignee));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private static java.util.List<String> numbers(Document page) {
		return page.select(".ticket-number").eachText();
	}

}
