package io.kairos.voc;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, acceptance 4: a resolved ticket sends a survey invitation through the customer's preferred channel under
 * the survey fatigue cap, and a detractor's answer on the public page becomes a follow-up the ticket's owner sees
 * in the console.
 */
@KairosIntegrationTest
class SurveyDistributionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String manager;

	@BeforeEach
	void client() {
		http = new Http(port);
		manager = http.tokenFor("manager");
	}

	@Test
	void aResolvedTicketInvitesThroughThePreferredChannelOnceAndADetractorGetsAFollowUp() {
		StaffAccounts.Account owner = StaffAccounts.create(http, "voc-owner", "AGENT");
		String agent = http.tokenFor(owner.username(), StaffAccounts.PASSWORD);
		long survey = VocTestData.publishedSurvey(http, manager, "售后回访（分发测试）", "TRANSACTIONAL",
				VocTestData.BASIC_QUESTIONS);
		long rule = VocLoopTestData.rule(http, manager, survey,
				"{\"trigger\":\"TICKET_RESOLVED\",\"samplingPercent\":100,\"delayMinutes\":0,\"expiryDays\":7}");
		try {
			long customer = VocLoopTestData.customer(http, agent, "zh-CN", "SMS", "EMAIL");
			long first = VocLoopTestData.resolvedTicket(http, agent, customer, owner.id(), "打印机卡纸");

			VocLoopTestData.eventually("the invitation of the first ticket",
					() -> "SENT".equals(invitationStatus(rule, first)));
			assertThat(jdbc.sql("""
					select m.channel from outbound_message m join survey_invitation i on i.message_id = m.id
					where i.ticket_id = :t and m.kind = 'survey.invitation'""").param("t", first).query(String.class).single())
				.as("the customer's first preferred channel").isEqualTo("SMS");
			String token = VocLoopTestData.tokenSentFor(jdbc, first);

			long second = VocLoopTestData.resolvedTicket(http, agent, customer, owner.id(), "发票抬头错误");
			VocLoopTestData.eventually("the invitation of the second ticket",
					() -> invitationStatus(rule, second) != null && !"PENDING".equals(invitationStatus(rule, second)));
			assertThat(invitationStatus(rule, second)).as("inside the fatigue cap's window").isEqualTo("SUPPRESSED");
			assertThat(jdbc.sql("select count(*) from outbound_message where customer = :c and kind = 'survey.invitation'")
				.param("c", customer)
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(jdbc.sql("select token_hash from survey_invitation where rule_id = :r and ticket_id = :t")
				.param("r", rule).param("t", second)
				.query(String.class).optional().orElse(null)).as("a held-back invitation keeps no token").isNull();

			HttpResponse<String> page = new Http(port).send(new Http(port).request("/s/" + token).GET());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("lang=\"zh-CN\"").contains("您有多大可能向朋友推荐我们？");

			HttpResponse<String> answered = VocLoopTestData.answer(port, token, "q.nps", "3", "q.nps.why", "等了三天才有人回复",
					"action", "submit");
			assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
			assertThat(invitationStatus(rule, first)).isEqualTo("ANSWERED");

			VocLoopTestData.eventually("the follow-up of the detractor", () -> jdbc
				.sql("select count(*) from follow_up_task where ticket_id = :t and agent_id = :a and status = 'OPEN'")
				.param("t", first)
				.param("a", owner.id())
				.query(Long.class)
				.single() == 1);

			JsonNode mine = Http.json(http.get("/api/v1/follow-ups", agent).body());
			assertThat(mine.get("items")).anySatisfy(task -> {
				assertThat(task.get("ticketId").asLong()).isEqualTo(first);
				assertThat(task.get("nps").asInt()).isEqualTo(3);
				assertThat(task.get("verbatim").asString()).isEqualTo("等了三天才有人回复");
			});
			Http console = new Http(port);
			console.login(owner.username(), StaffAccounts.PASSWORD);
			assertThat(console.send(console.request("/voc/follow-ups").GET()).body())
				.contains("data-ticket=\"" + first + "\"");
			String panel = console.send(console.request("/tickets/" + first + "/panels/voc-follow-ups")
				.header("HX-Request", "true").GET()).body();
			assertThat(panel).contains("等了三天才有人回复").contains("data-status=\"OPEN\"");

			HttpResponse<String> again = VocLoopTestData.answer(port, token, "q.nps", "10", "action", "submit");
			assertThat(again.statusCode()).as("a used link").isEqualTo(410);
			assertThat(again.body()).contains("本次调查已结束");

			long task = jdbc.sql("select id from follow_up_task where ticket_id = :t").param("t", first).query(Long.class).single();
			HttpResponse<String> outcome = http.postJson("/api/v1/follow-ups/" + task + "/outcome", agent,
					"{\"outcome\":\"RECOVERED\",\"note\":\"已致电道歉并补偿\"}");
			assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(200);
			assertThat(Http.json(outcome.body()).get("status").asString()).isEqualTo("DONE");
			assertThat(http.postJson("/api/v1/follow-ups/" + task + "/outcome", agent, "{\"outcome\":\"CONTACTED\"}")
				.statusCode()).as("one outcome per follow-up").isEqualTo(409);
			assertThat(jdbc.sql("select count(*) from audit_event where action = 'voc.follow-up.outcome' and subject_id = :id")
				.param("id", Long.toString(task))
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		finally {
			VocLoopTestData.disable(http, manager, rule);
		}
	}

	@Test
	void anExpiredOrUnknownLinkAnswersAFriendlyPageInTheRightLanguage() {
		long survey = VocTestData.publishedSurvey(http, manager, "过期链接测试", "TRANSACTIONAL", VocTestData.BASIC_QUESTIONS);
		HttpResponse<String> issued = http.postJson("/api/v1/surveys/" + survey + "/invitations", manager, "{}");
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		JsonNode link = Http.json(issued.body());
		String token = link.get("link").asString().substring(link.get("link").asString().lastIndexOf('/') + 1);
		jdbc.sql("update survey_invitation set expires_at = sent_at where id = :id").param("id", link.get("id").asLong()).update();

		HttpResponse<String> english = new Http(port).send(new Http(port).request("/s/" + token + "?lang=en").GET());
		assertThat(english.statusCode()).isEqualTo(410);
		assertThat(english.body()).contains("This survey is closed").doesNotContain("Exception");
		HttpResponse<String> chinese = new Http(port).send(new Http(port).request("/s/" + token)
			.header("Accept-Language", "zh-CN,zh;q=0.9").GET());
		assertThat(chinese.statusCode()).isEqualTo(410);
		assertThat(chinese.body()).contains("本次调查已结束");
		assertThat(new Http(port).send(new Http(port).request("/s/" + "A".repeat(43)).GET()).statusCode()).isEqualTo(404);
	}

	@Test
	void partialAnswersAreKeptAndABadAnswerIsRefusedNamingIt() {
		long survey = VocTestData.publishedSurvey(http, manager, "部分保存测试", "TRANSACTIONAL", VocTestData.BASIC_QUESTIONS);
		JsonNode link = Http.json(http.postJson("/api/v1/surveys/" + survey + "/invitations", manager, "{}").body());
		String token = link.get("link").asString().substring(link.get("link").asString().lastIndexOf('/') + 1);

		HttpResponse<String> saved = VocLoopTestData.answer(port, token, "q.csat", "4", "q.comment", "还不错", "action", "save",
				"lang", "en");
		assertThat(saved.statusCode()).isEqualTo(200);
		String reopened = new Http(port).send(new Http(port).request("/s/" + token + "?lang=en").GET()).body();
		assertThat(reopened).contains("id=\"q.csat-4\" value=\"4\" autocomplete=\"off\" checked=\"checked\"").contains("还不错");

		HttpResponse<String> bad = VocLoopTestData.answer(port, token, "q.nps", "11", "action", "submit", "lang", "en");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Answer &quot;nps&quot;");
		assertThat(jdbc.sql("select status from survey_invitation where id = :id").param("id", link.get("id").asLong())
			.query(String.class).single()).as("a refused answer leaves the link open").isEqualTo("SENT");
		assertThat(jdbc.sql("select count(*) from survey_response where survey_id = :s").param("s", survey)
			.query(Long.class).single()).isZero();
	}

	/** The status of the rule's invitation for the ticket (the demo rule may have drawn the ticket too). */
	private String invitationStatus(long rule, long ticket) {
		return jdbc.sql("select status from survey_invitation where rule_id = :r and ticket_id = :t")
			.param("r", rule)
			.param("t", ticket)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
