package io.kairos.desk.alert;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.desk.DeskTestData;
import io.kairos.desk.PromiseOverdue;
import io.kairos.desk.SlaBreached;
import io.kairos.desk.SlaTarget;
import io.kairos.desk.SlaWarningReached;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk alerts its people: an SLA breach reaches the assignee when the policy asks to notify, the team's
 * supervisors while nobody holds the ticket, nobody when the policy does not ask; an overdue promise its owner.
 */
@KairosIntegrationTest
class StaffAlertIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void slaAndPromiseAlertsReachThePeopleWhoHoldTheTicket() {
		Http http = new Http(port);
		StaffAccounts.Account agent = StaffAccounts.create(http, "alert-agent", "AGENT");
		StaffAccounts.Account supervisor = StaffAccounts.create(http, "alert-sup", "SUPERVISOR");
		long team = DeskTestData.team(http, StaffAccounts.unique("提醒组"), agent.id(), supervisor.id());
		long held = DeskTestData.open(http, DeskTestData.token(http, "agent"), "超时提醒", "\"teamId\":" + team).get("id").asLong();
		long unheld = DeskTestData.open(http, DeskTestData.token(http, "agent"), "无人处理", "\"teamId\":" + team).get("id").asLong();
		Instant due = Instant.now();

		publish(new SlaBreached(held, SlaTarget.RESOLUTION, due, team, agent.id(), null, true, due));
		publish(new SlaWarningReached(unheld, SlaTarget.FIRST_RESPONSE, due, team, null, null, true, due));
		publish(new SlaBreached(unheld, SlaTarget.FIRST_RESPONSE, due, team, null, null, false, due));
		publish(new PromiseOverdue(1L, held, agent.id(), team, due, due));

		String agentToken = DeskTestData.token(http, agent.username());
		String supervisorToken = DeskTestData.token(http, supervisor.username());
		JsonNode mine = Http.json(http.get("/api/v1/alerts", agentToken).body());
		assertThat(mine.findValuesAsString("kind")).containsExactlyInAnyOrder("SLA_BREACHED", "PROMISE_OVERDUE");
		assertThat(longs(mine, "ticketId")).containsOnly(held);
		JsonNode theirs = Http.json(http.get("/api/v1/alerts", supervisorToken).body());
		assertThat(theirs.findValuesAsString("kind")).as("the breach without notify alerts nobody").containsExactly("SLA_WARNING");
		assertThat(longs(theirs, "ticketId")).containsOnly(unheld);

		assertThat(http.login(agent.username(), StaffAccounts.PASSWORD).statusCode()).isEqualTo(302);
		String page = http.send(http.request("/desk/alerts").GET()).body();
		assertThat(page).contains("超时提醒").contains("data-kind=\"SLA_BREACHED\"");

		assertThat(Http.json(http.postJson("/api/v1/alerts/read", agentToken, "").body()).get("read").asInt()).isEqualTo(2);
		assertThat(Http.json(http.get("/api/v1/alerts", agentToken).body()).size()).isZero();
	}

	private void publish(Object event) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
	}

	private static List<Long> longs(JsonNode array, String field) {
		return array.findValues(field).stream().map(JsonNode::asLong).toList();
	}

}
