package io.kairos.desk.followup;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Callbacks after resolution (the test profile makes them due 3 s after resolving). */
@KairosIntegrationTest
class CallbackIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	StaffAccounts.Account owner;

	String token;

	@BeforeEach
	void client() {
		http = new Http(port);
		owner = StaffAccounts.create(http, "callback-agent", "AGENT");
		token = DeskTestData.token(http, owner.username());
	}

	@Test
	void resolvingSchedulesACallbackForTheAssigneeThatFallsDueOnce() {
		long ticket = resolvedTicket("回访安排");
		JsonNode callbacks = Http.json(http.get("/api/v1/tickets/" + ticket + "/callbacks", token).body());
		assertThat(callbacks.size()).isEqualTo(1);
		JsonNode callback = callbacks.get(0);
		assertThat(callback.get("assigneeId").asLong()).isEqualTo(owner.id());
		Instant resolvedAt = Instant.parse(Http.json(http.get("/api/v1/tickets/" + ticket, token).body()).get("resolvedAt").asString());
		assertThat(Instant.parse(callback.get("dueAt").asString())).isEqualTo(resolvedAt.plusSeconds(3));

		JsonNode mine = FollowUpTestData.await(http, token, "/api/v1/callbacks?assignee=me&status=DUE",
				list -> list.findValuesAsString("ticketId").contains(Long.toString(ticket)), Duration.ofSeconds(20));
		FollowUpTestData.pause(Duration.ofSeconds(3));

		assertThat(mine.get(0).get("dueSince").isNull()).isFalse();
		assertThat(FollowUpTestData.history(http, token, ticket, "callback.scheduled")).hasSize(1);
		assertThat(FollowUpTestData.history(http, token, ticket, "callback.due")).as("CallbackDue once").hasSize(1);
		assertThat(http.get("/api/v1/callbacks?assignee=" + owner.id(), DeskTestData.token(http, "agent")).statusCode())
			.as("someone else's list").isEqualTo(403);
	}

	@Test
	void aCustomerNotSatisfiedReopensTheTicket() {
		long ticket = resolvedTicket("回访不满意");
		long callback = Http.json(http.get("/api/v1/tickets/" + ticket + "/callbacks", token).body()).get(0).get("id").asLong();

		HttpResponse<String> recorded = http.postJson("/api/v1/callbacks/" + callback + "/outcome", token,
				"{\"outcome\":\"NOT_SATISFIED\",\"note\":\"网络仍不稳定\"}");

		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
		assertThat(Http.json(recorded.body()).get("reopened").asBoolean()).isTrue();
		assertThat(Http.json(recorded.body()).get("callback").get("status").asString()).isEqualTo("DONE");
		assertThat(Http.json(http.get("/api/v1/tickets/" + ticket, token).body()).get("status").asString()).isEqualTo("OPEN");
		assertThat(FollowUpTestData.history(http, token, ticket, "callback.completed")).hasSize(1);
		assertThat(http.postJson("/api/v1/callbacks/" + callback + "/outcome", token, "{\"outcome\":\"SATISFIED\"}").statusCode())
			.as("a finished callback").isEqualTo(409);

		// Resolving again schedules a new callback.
		http.postJson("/api/v1/tickets/" + ticket + "/resolve", token, "");
		assertThat(Http.json(http.get("/api/v1/tickets/" + ticket + "/callbacks", token).body()).size()).isEqualTo(2);
	}

	@Test
	void anUnreachableCustomerIsTriedAgainUpToTheLimitAndSatisfiedEndsIt() {
		long ticket = resolvedTicket("回访无人接听");
		long callback = Http.json(http.get("/api/v1/tickets/" + ticket + "/callbacks", token).body()).get(0).get("id").asLong();

		JsonNode first = Http.json(http.postJson("/api/v1/callbacks/" + callback + "/outcome", token,
				"{\"outcome\":\"UNREACHABLE\",\"note\":\"无人接听\"}").body()).get("callback");
		assertThat(first.get("attempts").asInt()).isEqualTo(1);
		assertThat(first.get("status").asString()).isNotEqualTo("DONE");
		assertThat(Instant.parse(first.get("dueAt").asString())).isAfter(Instant.now().plus(Duration.ofMinutes(90)));
		http.postJson("/api/v1/callbacks/" + callback + "/outcome", token, "{\"outcome\":\"UNREACHABLE\"}");
		JsonNode third = Http.json(http.postJson("/api/v1/callbacks/" + callback + "/outcome", token,
				"{\"outcome\":\"UNREACHABLE\"}").body()).get("callback");
		assertThat(third.get("status").asString()).as("three attempts at most").isEqualTo("DONE");
		assertThat(third.get("outcome").asString()).isEqualTo("UNREACHABLE");

		long happy = resolvedTicket("回访满意");
		long other = Http.json(http.get("/api/v1/tickets/" + happy + "/callbacks", token).body()).get(0).get("id").asLong();
		JsonNode satisfied = Http.json(http.postJson("/api/v1/callbacks/" + other + "/outcome", token,
				"{\"outcome\":\"SATISFIED\"}").body());
		assertThat(satisfied.get("reopened").asBoolean()).isFalse();
		assertThat(Http.json(http.get("/api/v1/tickets/" + happy, token).body()).get("status").asString()).isEqualTo("RESOLVED");
		assertThat(http.postJson("/api/v1/callbacks/" + other + "/outcome", token, "{}").statusCode()).isEqualTo(409);
	}

	@Test
	void reopeningATicketCancelsItsOpenCallback() {
		long ticket = resolvedTicket("重新打开取消回访");
		http.postJson("/api/v1/tickets/" + ticket + "/reopen", token, "");

		JsonNode callbacks = Http.json(http.get("/api/v1/tickets/" + ticket + "/callbacks", token).body());
		assertThat(callbacks.get(0).get("status").asString()).isEqualTo("CANCELLED");
		assertThat(FollowUpTestData.history(http, token, ticket, "callback.cancelled")).hasSize(1);
	}

	/**
	 * An urgent ticket: its seeded SLA policy ("Urgent tickets") sets no callback target, so the callback falls due
	 * after {@code kairos.desk.callback-delay} (three seconds in the tests).
	 */
	@Test
	void aPolicyWithACallbackTargetSetsTheDueTimeInBusinessTime() {
		// "Standard service" asks for a callback 2,400 business minutes (five working days) after resolution.
		long ticket = resolvedTicket("标准回访", "");
		JsonNode callback = Http.json(http.get("/api/v1/tickets/" + ticket + "/callbacks", token).body()).get(0);
		Instant resolvedAt = Instant.parse(Http.json(http.get("/api/v1/tickets/" + ticket, token).body()).get("resolvedAt").asString());
		Instant due = Instant.parse(callback.get("dueAt").asString());
		assertThat(due).isAfter(resolvedAt.plus(Duration.ofDays(5)));
		java.time.ZonedDateTime local = due.atZone(java.time.ZoneId.of("Asia/Shanghai"));
		assertThat(local.getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
		assertThat(local.toLocalTime()).isBetween(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(18, 0));
	}

	private long resolvedTicket(String subject) {
		return resolvedTicket(subject, "\"priority\":\"URGENT\"");
	}

	private long resolvedTicket(String subject, String extraJson) {
		long ticket = DeskTestData.open(http, token, subject, extraJson).get("id").asLong();
		HttpResponse<String> taken = http.postJson("/api/v1/tickets/" + ticket + "/assign", token,
				"{\"assigneeId\":" + owner.id() + "}");
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
		HttpResponse<String> resolved = http.postJson("/api/v1/tickets/" + ticket + "/resolve", token, "");
		assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
		return ticket;
	}

}
