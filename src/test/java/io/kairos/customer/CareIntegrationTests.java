package io.kairos.customer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
 * The service side of a customer: lifecycle history, contracts and the expiring list, personality type with its
 * strategy, consent per channel (audited) and the contact facade other modules ask.
 */
@KairosIntegrationTest
class CareIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContactPolicy contactPolicy;

	Http http;

	String agent;

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = CustomerTestData.token(http, "agent");
	}

	@Test
	void everyStageMoveIsRecordedAndShownWithTheStageFocus() {
		long id = CustomerTestData.create(http, agent, "阶段测试", CustomerTestData.freshMobile());

		HttpResponse<String> moved = patch("/api/v1/customers/" + id, "{\"stage\":\"PURCHASE\"}");
		patch("/api/v1/customers/" + id, "{\"name\":\"阶段测试二\"}");
		patch("/api/v1/customers/" + id, "{\"stage\":\"VALUE_ADD\"}");

		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		List<String> moves = jdbc.sql("""
				select coalesce(from_stage, '-') || '>' || to_stage from customer_stage_history
				where customer = :id order by id""").param("id", id).query(String.class).list();
		assertThat(moves).containsExactly("->AWARE", "AWARE>PURCHASE", "PURCHASE>VALUE_ADD");
		Http browser = englishManager();
		HttpResponse<String> profile = browser.send(browser.request("/customers/" + id + "/service-profile")
			.header("Accept-Language", "en").GET());
		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body()).contains("Purchase → Value-add").contains("Relationship, partnership and loyalty.");
		HttpResponse<String> page = browser.send(browser.request("/customers/" + id).GET());
		assertThat(page.body()).contains("hx-get=\"/customers/" + id + "/service-profile\"");
	}

	@Test
	void contractsAreListedPerCustomerAndTheExpiringListHoldsActiveOnesEndingSoon() {
		long id = CustomerTestData.create(http, agent, "契约测试", CustomerTestData.freshMobile());
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

		long soon = contract(id, "WARRANTY", today.minusYears(1), today.plusDays(10));
		long later = contract(id, "SERVICE", today.minusYears(1), today.plusDays(45));
		long ended = contract(id, "SERVICE", today.minusYears(2), today.minusDays(1));

		assertThat(ids(http.get("/api/v1/customers/" + id + "/contracts", agent))).containsExactlyInAnyOrder(soon, later,
				ended);
		List<Long> within30 = ids(http.get("/api/v1/contracts/expiring", agent));
		assertThat(within30).contains(soon).doesNotContain(later, ended);
		assertThat(ids(http.get("/api/v1/contracts/expiring?days=60", agent))).contains(soon, later).doesNotContain(ended);
		assertThat(http.get("/api/v1/contracts/expiring?days=999", agent).statusCode()).isEqualTo(400);
		HttpResponse<String> backwards = http.postJson("/api/v1/customers/" + id + "/contracts", agent, """
				{"kind":"SERVICE","title":"x","coverage":"x","startsOn":"2025-05-02","endsOn":"2025-05-01"}""");
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(http.get("/api/v1/customers/" + id + "/contracts", CustomerTestData.token(http, "analyst"))
			.statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/customers/999999999/contracts", agent).statusCode()).isEqualTo(404);
		Http browser = englishManager();
		HttpResponse<String> page = browser.send(browser.request("/contracts/expiring").GET());
		assertThat(page.body()).contains("data-contract=\"" + soon + "\"").doesNotContain("data-contract=\"" + later + "\"");
	}

	@Test
	void aCustomersPersonalityTypeIsSetAndItsStrategyShownToAgents() {
		long id = CustomerTestData.create(http, agent, "类型测试", CustomerTestData.freshMobile());

		HttpResponse<String> set = put("/api/v1/customers/" + id + "/personality", agent, null, "{\"type\":\"SUSPICIOUS\"}");
		HttpResponse<String> unknown = put("/api/v1/customers/" + id + "/personality", agent, null, "{\"type\":\"NICE\"}");

		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		assertThat(Http.json(set.body()).get("strategyZh").asString()).isEqualTo("摆事实，用专家数据说话，价格上不轻易让步。");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(Http.json(http.get("/api/v1/customers/" + id + "/personality", agent).body()).get("code").asString())
			.isEqualTo("SUSPICIOUS");
		assertThat(Http.json(http.get("/api/v1/personality-types", agent).body())).hasSize(10);
		assertThat(Http.json(http.get("/api/v1/reception-hints", agent).body())).hasSize(7);
		Http browser = englishManager();
		HttpResponse<String> profile = browser.send(browser.request("/customers/" + id + "/service-profile")
			.header("Accept-Language", "en").GET());
		assertThat(profile.body()).contains("id=\"personality-type\">Suspicious<")
			.contains("Give facts and expert data; do not move on price.").contains("Returning customer");
	}

	@Test
	void administratorsEditTheStrategyTextsWithOptimisticLocking() {
		String admin = StaffAccounts.adminToken(http);
		String body = "{\"nameEn\":\"Taciturn\",\"nameZh\":\"沉默寡言型\",\"strategyEn\":\"Be warm and friendly; ask open questions.\",\"strategyZh\":\"热情、亲切地接待，多问开放式问题。\"}";
		long version = Http.json(http.get("/api/v1/personality-types", agent).body()).get(8).get("version").asLong();

		assertThat(put("/api/v1/personality-types/TACITURN", agent, null, body).statusCode()).isEqualTo(403);
		HttpResponse<String> changed = put("/api/v1/personality-types/TACITURN", admin, "\"" + version + "\"", body);
		HttpResponse<String> stale = put("/api/v1/personality-types/TACITURN", admin, "\"" + version + "\"", body);

		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(Http.json(changed.body()).get("strategyEn").asString()).isEqualTo("Be warm and friendly; ask open questions.");
		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(put("/api/v1/personality-types/NOPE", admin, null, body).statusCode()).isEqualTo(404);
	}

	@Test
	void consentIsRecordedPerChannelAuditedAndRespectedByTheContactFacade() {
		String mobile = CustomerTestData.freshMobile();
		HttpResponse<String> created = http.postJson("/api/v1/customers", agent, """
				{"name":"许可测试","mobile":"%s","preferredChannels":["WECHAT","SMS","PHONE","EMAIL"]}""".formatted(mobile));
		long id = Http.json(created.body()).get("id").asLong();
		CustomerId customer = new CustomerId(id);
		assertThat(contactPolicy.howToReach(customer, Purpose.SERVICE)).containsExactly("WECHAT", "SMS", "PHONE", "EMAIL");
		assertThat(contactPolicy.howToReach(customer, Purpose.MARKETING)).isEmpty();

		HttpResponse<String> withdrawn = put("/api/v1/customers/" + id + "/consents/SMS", agent, null,
				"{\"status\":\"WITHDRAWN\",\"source\":\"PHONE_CALL\"}");
		put("/api/v1/customers/" + id + "/consents/PHONE", agent, null, "{\"status\":\"GRANTED\",\"source\":\"FORM\"}");
		put("/api/v1/customers/" + id + "/consents/EMAIL", agent, null, "{\"status\":\"GRANTED\",\"source\":\"STORE\"}");
		put("/api/v1/customers/" + id + "/consents/EMAIL", agent, null, "{\"status\":\"WITHDRAWN\",\"source\":\"EMAIL\"}");

		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
		assertThat(contactPolicy.howToReach(customer, Purpose.SERVICE)).containsExactly("WECHAT", "PHONE");
		assertThat(contactPolicy.howToReach(customer, Purpose.MARKETING)).containsExactly("PHONE");
		JsonNode consents = Http.json(http.get("/api/v1/customers/" + id + "/consents", agent).body());
		assertThat(consents).hasSize(3);
		assertThat(consents.toString()).contains("\"channel\":\"EMAIL\",\"status\":\"WITHDRAWN\",\"source\":\"EMAIL\"");
		JsonNode audit = Http.json(http.get("/api/v1/audit-events?action=customer.consent.changed&subjectType=customer&subjectId="
				+ id, CustomerTestData.token(http, "admin")).body());
		assertThat(audit.get("items")).hasSize(4);
		assertThat(put("/api/v1/customers/" + id + "/consents/FAX", agent, null,
				"{\"status\":\"GRANTED\",\"source\":\"OTHER\"}").statusCode()).isEqualTo(400);
		assertThat(put("/api/v1/customers/" + id + "/consents/SMS", agent, null, "{\"status\":\"MAYBE\",\"source\":\"OTHER\"}")
			.statusCode()).isEqualTo(400);
		assertThat(put("/api/v1/customers/999999999/consents/SMS", agent, null,
				"{\"status\":\"GRANTED\",\"source\":\"OTHER\"}").statusCode()).isEqualTo(404);
		assertThat(put("/api/v1/customers/" + id + "/consents/SMS", CustomerTestData.token(http, "analyst"), null,
				"{\"status\":\"GRANTED\",\"source\":\"OTHER\"}").statusCode()).isEqualTo(403);
		assertThat(contactPolicy.howToReach(new CustomerId(999_999_999L), Purpose.SERVICE)).isEmpty();
	}

	private Http englishManager() {
		StaffAccounts.Account manager = StaffAccounts.create(http, "care", "MANAGER");
		Http browser = new Http(port);
		browser.login(manager.username(), StaffAccounts.PASSWORD);
		return browser;
	}

	private long contract(long customer, String kind, LocalDate startsOn, LocalDate endsOn) {
		HttpResponse<String> response = http.postJson("/api/v1/customers/" + customer + "/contracts", agent, """
				{"kind":"%s","title":"延保 %s","coverage":"整机保修，含上门服务","startsOn":"%s","endsOn":"%s"}"""
			.formatted(kind, endsOn, startsOn, endsOn));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Http.json(response.body()).get("id").asLong();
	}

	private static List<Long> ids(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		Http.json(response.body()).forEach(node -> ids.add(node.get("id").asLong()));
		return ids;
	}

	private HttpResponse<String> patch(String path, String json) {
		String etag = http.get(path, agent).headers().firstValue("ETag").orElseThrow();
		return http.send(http.request(path)
			.header("Authorization", "Bearer " + agent)
			.header("Content-Type", "application/json")
			.header("If-Match", etag)
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpResponse<String> put(String path, String token, String ifMatch, String json) {
		HttpRequest.Builder request = http.request(path)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return http.send(request);
	}

}
