package io.kairos.customer;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Value facts over the API: recorded and audited; bad input is 400 naming the field and nothing is stored. */
@KairosIntegrationTest
class ValueFactIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void aFactIsRecordedWithItsDefaultsAndAudited() {
		String agent = CustomerTestData.token(http, "agent");
		long id = CustomerTestData.create(http, agent, "价值客户", CustomerTestData.freshMobile());

		HttpResponse<String> created = http.postJson("/api/v1/customers/" + id + "/values", agent,
				"{\"amount\":1234.5,\"occurredOn\":\"%s\",\"kind\":\"PURCHASE\"}".formatted(TierTestData.daysAgo(3)));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode fact = Http.json(created.body());
		assertThat(fact.get("amount").decimalValue()).isEqualByComparingTo("1234.50");
		assertThat(fact.get("currency").asString()).isEqualTo("CNY");
		assertThat(fact.get("kind").asString()).isEqualTo("PURCHASE");
		JsonNode listed = Http.json(http.get("/api/v1/customers/" + id + "/values", agent).body()).get("items");
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).get("occurredOn").asString()).isEqualTo(TierTestData.daysAgo(3).toString());
		JsonNode audit = Http.json(http.get("/api/v1/audit-events?action=customer.value.recorded&subjectType=customer&subjectId=" + id,
				CustomerTestData.token(http, "admin")).body());
		assertThat(audit.get("items")).hasSize(1);
		assertThat(audit.get("items").get(0).get("actor").asString()).isEqualTo("agent");
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
		String agent = CustomerTestData.token(http, "agent");
		long id = CustomerTestData.create(http, agent, "价值校验", CustomerTestData.freshMobile());
		String today = TierTestData.daysAgo(0).toString();
		String[][] cases = {
				{ "{\"amount\":0,\"occurredOn\":\"" + today + "\",\"kind\":\"PURCHASE\"}", "amount" },
				{ "{\"amount\":0.00,\"occurredOn\":\"" + today + "\",\"kind\":\"PURCHASE\"}", "amount" },
				{ "{\"occurredOn\":\"" + today + "\",\"kind\":\"PURCHASE\"}", "amount" },
				{ "{\"amount\":1.005,\"occurredOn\":\"" + today + "\",\"kind\":\"PURCHASE\"}", "amount" },
				{ "{\"amount\":10,\"occurredOn\":\"" + TierTestData.daysAgo(-2) + "\",\"kind\":\"PURCHASE\"}", "occurredOn" },
				{ "{\"amount\":10,\"occurredOn\":\"2025-02-30\",\"kind\":\"PURCHASE\"}", "occurredOn" },
				{ "{\"amount\":10,\"kind\":\"PURCHASE\"}", "occurredOn" },
				{ "{\"amount\":10,\"occurredOn\":\"" + today + "\",\"kind\":\"GIFT\"}", "kind" },
				{ "{\"amount\":10,\"occurredOn\":\"" + today + "\"}", "kind" },
				{ "{\"amount\":10,\"occurredOn\":\"" + today + "\",\"kind\":\"PURCHASE\",\"currency\":\"yuan\"}", "currency" } };

		for (String[] bad : cases) {
			HttpResponse<String> response = http.postJson("/api/v1/customers/" + id + "/values", agent, bad[0]);
			assertThat(response.statusCode()).as(bad[0] + " → " + response.body()).isEqualTo(400);
			assertThat(Http.json(response.body()).get("errors").get(0).get("field").asString()).as(bad[0]).isEqualTo(bad[1]);
		}
		// B-04: a server-owned field is refused as unknown, not stored
		HttpResponse<String> extra = http.postJson("/api/v1/customers/" + id + "/values", agent,
				"{\"amount\":10,\"occurredOn\":\"" + today + "\",\"kind\":\"PURCHASE\",\"customer\":1}");
		assertThat(extra.statusCode()).isEqualTo(400);
		assertThat(Http.json(http.get("/api/v1/customers/" + id + "/values", agent).body()).get("items")).isEmpty();
	}

	@Test
	void unknownCustomerIsNotFoundAndAnAnalystMayNotWrite() {
		String agent = CustomerTestData.token(http, "agent");
		String body = "{\"amount\":10,\"occurredOn\":\"" + TierTestData.daysAgo(0) + "\",\"kind\":\"PURCHASE\"}";

		assertThat(http.postJson("/api/v1/customers/999999999/values", agent, body).statusCode()).isEqualTo(404);
		long id = CustomerTestData.create(http, agent, "价值权限", CustomerTestData.freshMobile());
		assertThat(http.postJson("/api/v1/customers/" + id + "/values", CustomerTestData.token(http, "analyst"), body)
			.statusCode()).isEqualTo(403);
	}

}
