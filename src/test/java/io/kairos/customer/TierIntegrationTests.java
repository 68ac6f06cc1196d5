package io.kairos.customer;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static io.kairos.customer.TierTestData.daysAgo;
import static io.kairos.customer.TierTestData.fact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tier rules and evaluation (issue 3, acceptance 3): rules per tier assign tiers, every move is in the history
 * with its reason, overrides are honoured until they expire, and running twice or concurrently gives the same
 * tiers with no duplicate history.
 */
@KairosIntegrationTest
class TierIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	String agent;

	String manager;

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = CustomerTestData.token(http, "agent");
		manager = CustomerTestData.token(http, "manager");
	}

	@Test
	void rulesAreReadableButOnlyManagersChangeThemWithIfMatchAndEveryChangeIsAudited() {
		HttpResponse<String> read = http.get("/api/v1/tier-rules", agent);
		assertThat(read.statusCode()).isEqualTo(200);
		String etag = read.headers().firstValue("ETag").orElseThrow();
		String body = """
				{"tiers":[{"tier":"GOLD","nameEn":"Gold","nameZh":"金卡","minSpend12m":30000},
				          {"tier":"REGULAR","nameEn":"Regular","nameZh":"普通"}]}""";

		assertThat(TierTestData.put(http, "/api/v1/tier-rules", agent, body, "If-Match", etag).statusCode()).isEqualTo(403);
		assertThat(TierTestData.put(http, "/api/v1/tier-rules", manager, body, "If-Match", "\"-5\"").statusCode())
			.isEqualTo(412);
		HttpResponse<String> bottomWithRule = TierTestData.put(http, "/api/v1/tier-rules", manager, """
				{"tiers":[{"tier":"GOLD","nameEn":"Gold","nameZh":"金卡","minSpend12m":30000},
				          {"tier":"REGULAR","nameEn":"Regular","nameZh":"普通","minRfmScore":3}]}""", "If-Match", etag);
		assertThat(bottomWithRule.statusCode()).isEqualTo(400);
		assertThat(Http.json(bottomWithRule.body()).get("errors").get(0).get("field").asString()).isEqualTo("tiers[1].tier");
		HttpResponse<String> badRfm = TierTestData.put(http, "/api/v1/tier-rules", manager, """
				{"tiers":[{"tier":"GOLD","nameEn":"Gold","nameZh":"金卡","minRfmScore":16},
				          {"tier":"REGULAR","nameEn":"Regular","nameZh":"普通"}]}""", "If-Match", etag);
		assertThat(Http.json(badRfm.body()).get("errors").get(0).get("field").asString()).isEqualTo("tiers[0].minRfmScore");
		assertThat(http.get("/api/v1/tier-rules", agent).headers().firstValue("ETag")).hasValue(etag);

		HttpResponse<String> saved = TierTestData.put(http, "/api/v1/tier-rules", manager, body, "If-Match", etag);

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(saved.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
		assertThat(Http.json(saved.body()).get("tiers")).hasSize(2);
		assertThat(TierTestData.put(http, "/api/v1/tier-rules", manager, body, "If-Match", etag).statusCode()).isEqualTo(412);
		JsonNode audit = Http.json(http.get("/api/v1/audit-events?action=tier.rules.changed&actor=manager",
				CustomerTestData.token(http, "admin")).body()).get("items");
		assertThat(audit).isNotEmpty();
		assertThat(audit.get(0).get("detail").asString()).contains("GOLD", "REGULAR");
		TierTestData.testLadder(http, manager);
	}

	@Test
	void evaluationAssignsTiersByTheRulesRecordsHistoryAndChangesNothingTheSecondTime() {
		TierTestData.testLadder(http, manager);
		long diamond = customer("钻石甲");
		fact(http, agent, diamond, "120000", daysAgo(30), "PURCHASE");
		fact(http, agent, diamond, "500", daysAgo(400), "PURCHASE");
		long goldNew = customer("金卡乙"); // spends like a diamond but is too new for it
		fact(http, agent, goldNew, "120000", daysAgo(30), "PURCHASE");
		long goldRefunded = customer("金卡丙"); // 45,000 less a 10,000 refund is still over 30,000
		fact(http, agent, goldRefunded, "45000", daysAgo(60), "PURCHASE");
		fact(http, agent, goldRefunded, "10000", daysAgo(50), "REFUND");
		long silver = customer("银卡丁");
		fact(http, agent, silver, "60000", daysAgo(90), "HOLDING");
		long regular = customer("普通戊"); // old spending does not count towards the last twelve months
		fact(http, agent, regular, "90000", daysAgo(500), "PURCHASE");
		fact(http, agent, regular, "100", daysAgo(5), "PURCHASE");
		long refundedOut = customer("退款己"); // a refund bigger than it looks: counted negative whatever its sign
		fact(http, agent, refundedOut, "35000", daysAgo(60), "PURCHASE");
		fact(http, agent, refundedOut, "-10000", daysAgo(50), "REFUND");

		assertThat(http.postJson("/api/v1/tier-evaluations", agent, "").statusCode()).isEqualTo(403);
		JsonNode first = TierTestData.evaluate(http, manager);

		assertThat(TierTestData.tier(http, agent, diamond)).isEqualTo("DIAMOND");
		assertThat(TierTestData.tier(http, agent, goldNew)).isEqualTo("GOLD");
		assertThat(TierTestData.tier(http, agent, goldRefunded)).isEqualTo("GOLD");
		assertThat(TierTestData.tier(http, agent, silver)).isEqualTo("SILVER");
		assertThat(TierTestData.tier(http, agent, regular)).isEqualTo("REGULAR");
		assertThat(TierTestData.tier(http, agent, refundedOut)).isEqualTo("REGULAR");
		assertThat(first.get("changed").asInt()).isGreaterThanOrEqualTo(4);
		assertThat(first.get("tiers").propertyNames()).containsExactly("DIAMOND", "GOLD", "SILVER", "REGULAR");
		int total = 0;
		for (String tier : first.get("tiers").propertyNames()) {
			total += first.get("tiers").get(tier).asInt();
		}
		assertThat(total).isEqualTo(first.get("evaluated").asInt());
		JsonNode history = TierTestData.history(http, agent, diamond);
		assertThat(history).hasSize(1);
		assertThat(history.get(0).get("fromTier").asString()).isEqualTo("REGULAR");
		assertThat(history.get(0).get("toTier").asString()).isEqualTo("DIAMOND");
		assertThat(history.get(0).get("reason").asString()).contains("rule DIAMOND", "spend12m 120000.00 >= 100000.00",
				"tenureMonths 13 >= 12");
		assertThat(history.get(0).get("evaluation").asLong()).isEqualTo(first.get("evaluation").asLong());
		assertThat(TierTestData.history(http, agent, regular)).isEmpty();

		JsonNode second = TierTestData.evaluate(http, manager);

		assertThat(second.get("changed").asInt()).isZero();
		assertThat(second.get("tiers")).isEqualTo(first.get("tiers"));
		for (long id : new long[] { diamond, goldNew, goldRefunded, silver }) {
			assertThat(TierTestData.history(http, agent, id)).hasSize(1);
		}
		assertThat(TierTestData.tier(http, agent, diamond)).isEqualTo("DIAMOND");
		JsonNode audit = Http.json(http.get("/api/v1/audit-events?action=tier.evaluation.completed&subjectId="
				+ second.get("evaluation").asLong(), CustomerTestData.token(http, "admin")).body()).get("items");
		assertThat(audit).hasSize(1);
	}

	@Test
	void twoConcurrentEvaluationsGiveTheSameTiersAndNoDuplicateHistory() throws Exception {
		TierTestData.testLadder(http, manager);
		List<Long> golds = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long id = customer("并发" + i);
			fact(http, agent, id, "40000", daysAgo(10 + i), "PURCHASE");
			golds.add(id);
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<CompletableFuture<JsonNode>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return TierTestData.evaluate(new Http(port), manager);
				}, pool));
			}
			start.countDown();
			JsonNode a = runs.get(0).get();
			JsonNode b = runs.get(1).get();

			assertThat(a.get("evaluation").asLong()).isNotEqualTo(b.get("evaluation").asLong());
			assertThat(Math.min(a.get("changed").asInt(), b.get("changed").asInt())).isZero();
			assertThat(Math.max(a.get("changed").asInt(), b.get("changed").asInt())).isGreaterThanOrEqualTo(5);
			assertThat(a.get("tiers")).isEqualTo(b.get("tiers"));
		}
		finally {
			pool.shutdownNow();
		}
		for (long id : golds) {
			assertThat(TierTestData.tier(http, agent, id)).isEqualTo("GOLD");
			assertThat(TierTestData.history(http, agent, id)).hasSize(1);
		}
		Integer duplicates = jdbc.queryForObject("""
				select count(*) from (select evaluation, customer from customer_tier_history
				group by evaluation, customer having count(*) > 1) d""", Integer.class);
		assertThat(duplicates).isZero();
	}

	@Test
	void anOverrideIsHonouredUntilItExpires() {
		TierTestData.testLadder(http, manager);
		long id = customer("人工指定");
		fact(http, agent, id, "40000", daysAgo(20), "PURCHASE");
		String until = daysAgo(-30).toString();

		assertThat(TierTestData.put(http, "/api/v1/customers/" + id + "/tier-override", agent,
				"{\"tier\":\"DIAMOND\",\"reason\":\"战略客户\",\"expiresOn\":\"" + until + "\"}").statusCode()).isEqualTo(403);
		HttpResponse<String> unknownTier = TierTestData.put(http, "/api/v1/customers/" + id + "/tier-override", manager,
				"{\"tier\":\"PLATINUM\",\"reason\":\"x\",\"expiresOn\":\"" + until + "\"}");
		assertThat(Http.json(unknownTier.body()).get("errors").get(0).get("field").asString()).isEqualTo("tier");
		HttpResponse<String> past = TierTestData.put(http, "/api/v1/customers/" + id + "/tier-override", manager,
				"{\"tier\":\"DIAMOND\",\"reason\":\"x\",\"expiresOn\":\"" + daysAgo(1) + "\"}");
		assertThat(past.statusCode()).isEqualTo(400);
		assertThat(Http.json(past.body()).get("errors").get(0).get("field").asString()).isEqualTo("expiresOn");
		HttpResponse<String> noReason = TierTestData.put(http, "/api/v1/customers/" + id + "/tier-override", manager,
				"{\"tier\":\"DIAMOND\",\"expiresOn\":\"" + until + "\"}");
		assertThat(Http.json(noReason.body()).get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(TierTestData.put(http, "/api/v1/customers/999999999/tier-override", manager,
				"{\"tier\":\"DIAMOND\",\"reason\":\"x\"}").statusCode()).isEqualTo(404);

		HttpResponse<String> set = TierTestData.put(http, "/api/v1/customers/" + id + "/tier-override", manager,
				"{\"tier\":\"DIAMOND\",\"reason\":\"战略客户\",\"expiresOn\":\"" + until + "\"}");
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		assertThat(Http.json(set.body()).get("active").asBoolean()).isTrue();
		TierTestData.evaluate(http, manager);

		assertThat(TierTestData.tier(http, agent, id)).isEqualTo("DIAMOND");
		JsonNode history = TierTestData.history(http, agent, id);
		assertThat(history).hasSize(1);
		assertThat(history.get(0).get("reason").asString()).contains("override until " + until, "战略客户");
		JsonNode audit = Http.json(http.get("/api/v1/audit-events?action=customer.tier.overridden&subjectId=" + id,
				CustomerTestData.token(http, "admin")).body()).get("items");
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0).get("actor").asString()).isEqualTo("manager");

		// the override ran out yesterday: the rules place the customer again
		jdbc.update("update customer_tier_override set expires_on = ? where customer = ?", daysAgo(1), id);
		TierTestData.evaluate(http, manager);

		assertThat(TierTestData.tier(http, agent, id)).isEqualTo("GOLD");
		history = TierTestData.history(http, agent, id);
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("toTier").asString()).isEqualTo("GOLD");
		assertThat(history.get(0).get("reason").asString()).startsWith("rule GOLD");
	}

	@Test
	void historyOfAnUnknownCustomerIsNotFound() {
		assertThat(http.get("/api/v1/customers/999999999/tier-history", agent).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/customers/1/tier-history", CustomerTestData.token(http, "analyst")).statusCode())
			.isEqualTo(403);
	}

	private long customer(String name) {
		return CustomerTestData.create(http, agent, name, CustomerTestData.freshMobile());
	}

}
