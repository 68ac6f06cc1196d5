package io.kairos.customer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV import of value facts (issue 3 item 2): customers named by mobile number, all or nothing, with a report. */
@KairosIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValueImportIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	String manager;

	@BeforeAll
	void manager() {
		http = new Http(port);
		StaffAccounts.Account account = StaffAccounts.create(http, "value-importer", "MANAGER");
		manager = http.tokenFor(account.username(), StaffAccounts.PASSWORD);
	}

	@Test
	void factsAreImportedForTheCustomersTheirMobileNumbersName() {
		String mobile = CustomerTestData.freshMobile();
		long id = CustomerTestData.create(http, manager, "价值导入", mobile);
		String csv = """
				手机,金额,日期,类型,币种
				%1$s,1288.50,2024-03-01,购买,
				+86 %1$s,-88,2024-03-05,REFUND,cny
				""".formatted(mobile);

		HttpResponse<String> response = post("/api/v1/customers/values/import?dryRun=false", csv);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(Http.json(response.body()).get("imported").asInt()).isEqualTo(2);
		assertThat(facts(id)).containsExactly("REFUND -88 CNY 2024-03-05", "PURCHASE 1288.5 CNY 2024-03-01");
	}

	@Test
	void oneBadRowStoresNoFactAndTheReportNamesEachError() {
		String mobile = CustomerTestData.freshMobile();
		long id = CustomerTestData.create(http, manager, "价值全无", mobile);
		String csv = """
				mobile,amount,occurredOn,kind
				%1$s,100,2024-01-01,PURCHASE
				%2$s,100,2024-01-01,PURCHASE
				%1$s,abc,2024-01-01,PURCHASE
				%1$s,0,2024-01-01,PURCHASE
				%1$s,5,2024-13-01,PURCHASE
				%1$s,5,2024-01-01,GIFT
				""".formatted(mobile, CustomerTestData.freshMobile());

		HttpResponse<String> dry = post("/api/v1/customers/values/import?dryRun=true", csv);
		HttpResponse<String> real = post("/api/v1/customers/values/import?dryRun=false", csv);

		assertThat(dry.statusCode()).isEqualTo(200);
		assertThat(real.statusCode()).as(real.body()).isEqualTo(400);
		for (HttpResponse<String> response : List.of(dry, real)) {
			JsonNode report = Http.json(response.body());
			assertThat(report.get("rowsRead").asInt()).isEqualTo(6);
			assertThat(report.get("rowsValid").asInt()).isEqualTo(1);
			List<String> errors = new ArrayList<>();
			report.get("errors").forEach(error -> errors.add(error.get("row").asInt() + " " + error.get("field").asString()));
			assertThat(errors).containsExactly("2 mobile", "3 amount", "4 amount", "5 occurredOn", "6 kind");
		}
		assertThat(facts(id)).isEmpty();
	}

	private HttpResponse<String> post(String path, String csv) {
		return http.send(http.request(path)
			.header("Authorization", "Bearer " + manager)
			.header("Content-Type", "text/csv; charset=utf-8")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8))));
	}

	private List<String> facts(long customer) {
		HttpResponse<String> response = http.get("/api/v1/customers/" + customer + "/values", manager);
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> facts = new ArrayList<>();
		Http.json(response.body()).get("items").forEach(fact -> facts.add(fact.get("kind").asString() + " "
				+ new java.math.BigDecimal(fact.get("amount").asString()).stripTrailingZeros().toPlainString() + " " + fact.get("currency").asString() + " "
				+ fact.get("occurredOn").asString()));
		return facts;
	}

}
