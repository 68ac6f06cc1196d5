package io.kairos.customer;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Consent sources are codes: unknown ones are refused naming the field, audit rows hold the code, old text is OTHER. */
@KairosIntegrationTest
class ConsentSourceIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String agent;

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = CustomerTestData.token(http, "agent");
	}

	@Test
	void aKnownCodeIsStoredAndAuditedAsTheCodeOnly() {
		long id = CustomerTestData.create(http, agent, "来源客户", CustomerTestData.freshMobile());

		HttpResponse<String> recorded = TierTestData.put(http, "/api/v1/customers/" + id + "/consents/WECHAT", agent,
				"{\"status\":\"GRANTED\",\"source\":\"WECHAT\"}");

		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
		assertThat(Http.json(recorded.body()).get("source").asString()).isEqualTo("WECHAT");
		JsonNode audit = Http.json(http.get("/api/v1/audit-events?action=customer.consent.changed&subjectType=customer"
				+ "&subjectId=" + id, CustomerTestData.token(http, "admin")).body()).get("items").get(0);
		JsonNode detail = Http.json(audit.get("detail").asString());
		assertThat(detail.get("source").asString()).isEqualTo("WECHAT");
	}

	@Test
	void anUnknownOrMissingSourceIsA400NamingTheFieldAndNothingIsStored() {
		long id = CustomerTestData.create(http, agent, "来源客户", CustomerTestData.freshMobile());
		for (String body : new String[] { "{\"status\":\"GRANTED\",\"source\":\"hotline\"}",
				"{\"status\":\"GRANTED\",\"source\":\"phone_call \"}", "{\"status\":\"GRANTED\"}",
				"{\"status\":\"GRANTED\",\"source\":null}" }) {
			HttpResponse<String> refused = TierTestData.put(http, "/api/v1/customers/" + id + "/consents/SMS", agent, body);
			assertThat(refused.statusCode()).as(body).isEqualTo(400);
			assertThat(Http.json(refused.body()).get("errors").findValuesAsString("field")).as(body).containsExactly("source");
		}
		assertThat(jdbc.sql("select count(*) from customer_consent where customer = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void thePageShowsTheSourceByItsName() {
		long id = CustomerTestData.create(http, agent, "来源客户", CustomerTestData.freshMobile());
		TierTestData.put(http, "/api/v1/customers/" + id + "/consents/PHONE", agent,
				"{\"status\":\"WITHDRAWN\",\"source\":\"PHONE_CALL\"}");
		http.login("agent", Http.DEMO_PASSWORD);

		String listed = org.jsoup.Jsoup.parse(http.get("/customers/" + id + "/service-profile", null).body())
			.select("#consents .consent").text();
		assertThat(listed).contains("电话").doesNotContain("PHONE_CALL");
	}

	@Test
	void theMigrationTurnsFreeTextIntoOtherAndKeepsCodes() throws IOException {
		long textId = CustomerTestData.create(http, agent, "旧来源", CustomerTestData.freshMobile());
		OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("insert into customer_consent (customer, channel, status, source, changed_at) values (:c, 'SMS', 'GRANTED', '热线 hotline', :at)")
			.param("c", textId).param("at", at).update();
		jdbc.sql("insert into customer_consent (customer, channel, status, source, changed_at) values (:c, 'EMAIL', 'GRANTED', 'STORE', :at)")
			.param("c", textId).param("at", at).update();

		String migration = new ClassPathResource("db/migration/V2_9__customer_consent_source_rfm.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		String update = migration.replaceAll("(?m)^--.*$", "").strip().split(";")[0];
		assertThat(update).startsWith("update customer_consent");
		jdbc.sql(update).update();

		assertThat(jdbc.sql("select channel || ' ' || source from customer_consent where customer = :c order by channel")
			.param("c", textId).query(String.class).list()).containsExactly("EMAIL STORE", "SMS OTHER");
		assertThat(http.get("/api/v1/customers/" + textId + "/consents", agent).statusCode()).isEqualTo(200);
	}

}
