package io.kairos.customer;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * RFM and Pareto over the whole (shared) customer base: exact numbers are tested on the pure classes; here the
 * shape, the permission and the invariants (counts add up, shares run from 0 to 100%).
 */
@KairosIntegrationTest
class CustomerValueAnalyticsIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void rfmDistributionCountsEveryScoredCustomerOncePerDimension() {
		String agent = CustomerTestData.token(http, "agent");
		long buyer = CustomerTestData.create(http, agent, "RFM客户", CustomerTestData.freshMobile());
		TierTestData.fact(http, agent, buyer, "88", TierTestData.daysAgo(1), "PURCHASE");
		assertThat(http.get("/api/v1/analytics/rfm", agent).statusCode()).isEqualTo(403);

		HttpResponse<String> response = http.get("/api/v1/analytics/rfm", CustomerTestData.token(http, "manager"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode rfm = Http.json(response.body());
		int scored = rfm.get("scored").asInt();
		assertThat(scored).isPositive().isLessThanOrEqualTo(rfm.get("customers").asInt());
		for (String dimension : new String[] { "recency", "frequency", "monetary" }) {
			assertThat(rfm.get(dimension).propertyNames()).containsExactly("1", "2", "3", "4", "5");
			int sum = 0;
			for (String score : rfm.get(dimension).propertyNames()) {
				sum += rfm.get(dimension).get(score).asInt();
			}
			assertThat(sum).as(dimension).isEqualTo(scored);
		}
		int banded = 0;
		for (JsonNode band : rfm.get("combined")) {
			banded += band.get("count").asInt();
		}
		assertThat(rfm.get("combined")).hasSize(4);
		assertThat(banded).isEqualTo(scored);
		// quintiles: no score holds much more than a fifth of the scored customers (ties aside)
		assertThat(rfm.get("recency").get("5").asInt()).isGreaterThan(0);
	}

	@Test
	void paretoCurveRunsFromZeroToAHundredPercentInAtMost101PointsWithItsEightyPercentPoint() {
		String agent = CustomerTestData.token(http, "agent");
		long buyer = CustomerTestData.create(http, agent, "帕累托客户", CustomerTestData.freshMobile());
		TierTestData.fact(http, agent, buyer, "5000", TierTestData.daysAgo(2), "PURCHASE");
		assertThat(http.get("/api/v1/analytics/pareto", agent).statusCode()).isEqualTo(403);

		HttpResponse<String> response = http.get("/api/v1/analytics/pareto", CustomerTestData.token(http, "analyst"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode pareto = Http.json(response.body());
		JsonNode curve = pareto.get("curve");
		assertThat(curve.size()).isBetween(2, 101);
		assertThat(curve.get(0).get("customerShare").asDouble()).isZero();
		assertThat(curve.get(0).get("valueShare").asDouble()).isZero();
		JsonNode last = curve.get(curve.size() - 1);
		assertThat(last.get("customerShare").asDouble()).isCloseTo(100.0, within(1e-9));
		assertThat(last.get("valueShare").asDouble()).isCloseTo(100.0, within(1e-6));
		for (int i = 1; i < curve.size(); i++) {
			assertThat(curve.get(i).get("valueShare").asDouble()).isGreaterThanOrEqualTo(curve.get(i - 1).get("valueShare").asDouble());
			// sorted largest first: the curve never falls below the diagonal
			assertThat(curve.get(i).get("valueShare").asDouble() + 1e-6).isGreaterThanOrEqualTo(curve.get(i).get("customerShare").asDouble());
		}
		assertThat(pareto.get("eightyTwenty").get("valueShare").asDouble()).isGreaterThanOrEqualTo(80.0);
		assertThat(pareto.get("eightyTwenty").get("customerShare").asDouble()).isBetween(0.0, 100.0);
		JsonNode abc = pareto.get("abc");
		assertThat(abc.get("A").asInt() + abc.get("B").asInt() + abc.get("C").asInt()).isEqualTo(pareto.get("customers").asInt());
		assertThat(pareto.get("totalValue").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("5000"));
	}

}
