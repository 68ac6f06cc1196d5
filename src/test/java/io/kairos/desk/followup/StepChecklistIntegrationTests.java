package io.kairos.desk.followup;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The seven steps: checklists gate moving forward, supervisors skip and go back, step times, the step-5 prompt. */
@KairosIntegrationTest
class StepChecklistIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	String agent;

	String supervisor;

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = DeskTestData.token(http, "agent");
		supervisor = DeskTestData.token(http, "supervisor");
	}

	@Test
	void movingOnWithUntickedRequiredItemsIsRefusedNamingThem() {
		long id = DeskTestData.open(http, agent, "环节检查", "").get("id").asLong();
		JsonNode steps = FollowUpTestData.steps(http, agent, id);
		assertThat(steps.get("step").asInt()).isEqualTo(1);
		JsonNode reception = steps.get("steps").get(0);
		assertThat(reception.get("current").asBoolean()).isTrue();
		assertThat(reception.get("checklist").size()).as("the default checklist of step 1").isEqualTo(3);
		long first = reception.get("checklist").get(0).get("itemId").asLong();
		http.postJson("/api/v1/tickets/" + id + "/checklist/" + first, agent, "{\"ticked\":true}");

		HttpResponse<String> refused = FollowUpTestData.enter(http, agent, id, 2);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		JsonNode problem = Http.json(refused.body());
		List<String> missing = new ArrayList<>(problem.get("missingItems").findValuesAsString("text"));
		assertThat(missing).hasSize(2).doesNotContain(reception.get("checklist").get(0).get("text").asString());
		assertThat(problem.get("detail").asString()).contains(missing);
		assertThat(problem.findValuesAsString("field")).contains("step");
		assertThat(FollowUpTestData.steps(http, agent, id).get("step").asInt()).as("still in step 1").isEqualTo(1);
	}

	@Test
	void tickingEveryRequiredItemLetsTheTicketMoveOnAndTheTimeIsRecorded() {
		long id = DeskTestData.open(http, agent, "逐项勾选", "").get("id").asLong();
		FollowUpTestData.tickAll(http, agent, id);

		HttpResponse<String> moved = FollowUpTestData.enter(http, agent, id, 2);

		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		assertThat(Http.json(moved.body()).get("step").get("number").asInt()).isEqualTo(2);
		assertThat(Http.json(moved.body()).has("prompt")).as("step 2 raises no prompt").isFalse();
		JsonNode steps = FollowUpTestData.steps(http, agent, id);
		assertThat(steps.get("step").asInt()).isEqualTo(2);
		JsonNode reception = steps.get("steps").get(0);
		assertThat(reception.get("visits").asInt()).isEqualTo(1);
		assertThat(reception.get("seconds").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(reception.get("checklist")).allSatisfy(item -> {
			assertThat(item.get("ticked").asBoolean()).isTrue();
			assertThat(item.get("tickedBy").isNull()).isFalse();
			assertThat(item.get("tickedAt").isNull()).isFalse();
		});
		assertThat(steps.get("steps").get(1).get("current").asBoolean()).isTrue();
		assertThat(steps.get("steps").get(1).get("visits").asInt()).isEqualTo(1);
		assertThat(FollowUpTestData.history(http, agent, id, "ticket.checklist.ticked")).hasSize(3);
		assertThat(FollowUpTestData.history(http, agent, id, "ticket.step")).hasSize(1);

		// Unticking is recorded too, and an item of another step is not on this step's list.
		long secondStepItem = steps.get("steps").get(1).get("checklist").get(0).get("itemId").asLong();
		long firstStepItem = reception.get("checklist").get(0).get("itemId").asLong();
		assertThat(http.postJson("/api/v1/tickets/" + id + "/checklist/" + firstStepItem, agent, "{\"ticked\":false}")
			.statusCode()).isEqualTo(404);
		http.postJson("/api/v1/tickets/" + id + "/checklist/" + secondStepItem, agent, "{\"ticked\":true}");
		HttpResponse<String> unticked = http.postJson("/api/v1/tickets/" + id + "/checklist/" + secondStepItem, agent,
				"{\"ticked\":false}");
		assertThat(Http.json(unticked.body()).get("ticked").asBoolean()).isFalse();
		assertThat(FollowUpTestData.history(http, agent, id, "ticket.checklist.unticked")).hasSize(1);
	}

	@Test
	void onlySupervisorsSkipStepsOrGoBack() {
		long id = DeskTestData.open(http, agent, "跳过环节", "").get("id").asLong();
		FollowUpTestData.tickAll(http, agent, id);

		assertThat(FollowUpTestData.enter(http, agent, id, 3).statusCode()).as("an agent skips").isEqualTo(403);
		assertThat(FollowUpTestData.enter(http, supervisor, id, 3).statusCode()).as("a supervisor skips").isEqualTo(200);
		assertThat(FollowUpTestData.enter(http, agent, id, 2).statusCode()).as("an agent goes back").isEqualTo(403);
		assertThat(FollowUpTestData.enter(http, supervisor, id, 1).statusCode()).as("a supervisor goes back").isEqualTo(200);

		JsonNode steps = FollowUpTestData.steps(http, agent, id);
		assertThat(steps.get("step").asInt()).isEqualTo(1);
		assertThat(steps.get("steps").get(0).get("visits").asInt()).isEqualTo(2);
		assertThat(steps.get("steps").get(2).get("visits").asInt()).isEqualTo(1);
		assertThat(steps.get("steps").get(1).get("visits").asInt()).isZero();
	}

	@Test
	void enteringExceptionHandlingPromptsACustomerUpdateThatAPublicReplyClears() {
		long id = DeskTestData.open(http, agent, "异常处理", "").get("id").asLong();
		FollowUpTestData.tickAll(http, agent, id);

		HttpResponse<String> moved = FollowUpTestData.enter(http, supervisor, id, 5);

		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		assertThat(Http.json(moved.body()).get("prompt").asString()).isEqualTo("notify-customer");
		assertThat(Http.json(moved.body()).get("number").asString()).as("the ticket is in the answer").startsWith("T");
		assertThat(FollowUpTestData.steps(http, agent, id).get("prompt").asString()).isEqualTo("notify-customer");

		http.postJson("/api/v1/tickets/" + id + "/messages", agent, "{\"body\":\"内部：等待备件\",\"visibility\":\"INTERNAL\"}");
		assertThat(FollowUpTestData.steps(http, agent, id).get("prompt").asString())
			.as("an internal note does not tell the customer").isEqualTo("notify-customer");

		HttpResponse<String> reply = http.postJson("/api/v1/tickets/" + id + "/messages", agent,
				"{\"body\":\"您好，备件延迟到货，预计明天下午完成维修。\"}");
		assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
		assertThat(FollowUpTestData.steps(http, agent, id).get("prompt").isNull()).isTrue();
		assertThat(FollowUpTestData.history(http, agent, id, "ticket.prompt.raised")).hasSize(1);
		assertThat(FollowUpTestData.history(http, agent, id, "ticket.prompt.cleared")).hasSize(1);
	}

	@Test
	void aCategoryUsesItsOwnItemsThenItsParentsThenTheDefaults() {
		long repair = DeskTestData.open(http, agent, "维修环节", "\"category\":\"device.fault\"").get("id").asLong();
		long plain = DeskTestData.open(http, agent, "普通环节", "").get("id").asLong();

		JsonNode repairExecution = FollowUpTestData.steps(http, agent, repair).get("steps").get(3);
		JsonNode plainExecution = FollowUpTestData.steps(http, agent, plain).get("steps").get(3);

		assertThat(repairExecution.get("checklist").size()).as("device.fault inherits the device items").isEqualTo(3);
		assertThat(plainExecution.get("checklist").size()).as("the default step 4").isEqualTo(2);
		assertThat(repairExecution.get("checklist").findValuesAsString("itemId"))
			.doesNotContainAnyElementsOf(plainExecution.get("checklist").findValuesAsString("itemId"));
	}

	@Test
	void administratorsEditACategorysChecklistAndEmptyingItInheritsAgain() {
		String admin = StaffAccounts.adminToken(http);
		HttpResponse<String> saved = http.send(http.request("/api/v1/step-checklists/6?category=delivery")
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
					{"items":[{"textZh":"确认安装位置","textEn":"Confirm where it was installed","required":true},
					          {"textZh":"留下说明书","textEn":"Leave the manual","required":false}]}""")));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(Http.json(saved.body()).size()).isEqualTo(2);

		JsonNode checklists = Http.json(http.get("/api/v1/step-checklists?category=delivery", admin).body());
		assertThat(checklists.get("steps").get(5).get("inherited").asBoolean()).isFalse();
		assertThat(checklists.get("steps").get(0).get("inherited").asBoolean()).isTrue();
		long ticket = DeskTestData.open(http, agent, "配送收尾", "\"category\":\"delivery\"").get("id").asLong();
		assertThat(FollowUpTestData.steps(http, agent, ticket).get("steps").get(5).get("checklist").size()).isEqualTo(2);

		assertThat(http.get("/api/v1/step-checklists", agent).statusCode()).as("agents do not edit").isEqualTo(403);
		HttpResponse<String> blank = http.send(http.request("/api/v1/step-checklists/6?category=delivery")
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"items\":[{\"textZh\":\" \",\"textEn\":\"x\"}]}")));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(Http.json(blank.body()).findValuesAsString("field")).contains("items[0].textZh");

		http.send(http.request("/api/v1/step-checklists/6?category=delivery")
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"items\":[]}")));
		assertThat(FollowUpTestData.steps(http, agent, ticket).get("steps").get(5).get("checklist").size())
			.as("back to the default step 6").isEqualTo(3);
	}

}
