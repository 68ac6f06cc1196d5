package io.kairos.customer;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer list narrowed to a segment ({@code GET /api/v1/customers?segment=}, and the list page): it holds
 * exactly the segment's members, combines with the other filters, and refuses an unknown segment with 400;
 * and autocomplete ({@code GET /api/v1/customers/autocomplete?q=}), masked, at most ten.
 */
@KairosIntegrationTest
class CustomerLookupIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	String tag;

	@BeforeEach
	void client() {
		http = new Http(port);
		tag = "flt-" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
	}

	long customer(String name, String stage, String tags) {
		HttpResponse<String> response = http.postJson("/api/v1/customers", token("agent"),
				"{\"name\":\"%s\",\"mobile\":\"%s\",\"stage\":\"%s\",\"tags\":%s}".formatted(name,
						CustomerTestData.freshMobile(), stage, tags));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Http.json(response.body()).get("id").asLong();
	}

	long segment(String rule) {
		HttpResponse<String> created = http.postJson("/api/v1/segments", token("manager"),
				"{\"nameEn\":\"Filter " + tag + "\",\"nameZh\":\"筛选" + tag + "\",\"rule\":" + rule + ",\"defaultChannels\":[]}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return Http.json(created.body()).get("id").asLong();
	}

	List<Long> ids(String path) {
		HttpResponse<String> response = http.get(path, token("agent"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		Http.json(response.body()).get("items").forEach(item -> ids.add(item.get("id").asLong()));
		return ids;
	}

	@Test
	void theFilteredListIsTheSegmentsMembers() {
		long a = customer("筛选甲", "PURCHASE", "[\"" + tag + "\"]");
		long b = customer("筛选乙", "AWARE", "[\"" + tag + "\"]");
		long c = customer("筛选丙", "PURCHASE", "[\"" + tag + "\",\"vip\"]");
		customer("筛选丁", "PURCHASE", "[]");
		long segment = segment("{\"groups\":[{\"conditions\":[{\"field\":\"tag\",\"operator\":\"in\",\"values\":[\"" + tag
				+ "\"]}]}]}");
		List<Long> members = new ArrayList<>();
		Http.json(http.get("/api/v1/segments/" + segment + "/members", token("manager")).body())
			.get("items")
			.forEach(item -> members.add(item.get("id").asLong()));

		assertThat(ids("/api/v1/customers?segment=" + segment)).containsExactly(c, b, a).isEqualTo(members);
		assertThat(ids("/api/v1/customers?segment=" + segment + "&stage=PURCHASE")).containsExactly(c, a);
		assertThat(ids("/api/v1/customers?segment=" + segment + "&q=" + encode("筛选乙"))).containsExactly(b);
		// Keyset paging keeps the filter.
		JsonNode first = Http.json(http.get("/api/v1/customers?segment=" + segment + "&size=2", token("agent")).body());
		assertThat(first.get("items")).hasSize(2);
		assertThat(ids("/api/v1/customers?segment=" + segment + "&size=2&cursor=" + first.get("nextCursor").asString()))
			.containsExactly(a);
	}

	@Test
	void theListFiltersByTagOnTheApiAndThePage() {
		long a = customer("标签甲" + tag, "AWARE", "[\"" + tag + "\"]");
		long b = customer("标签乙" + tag, "PURCHASE", "[\"" + tag + "\",\"vip\"]");
		customer("标签丙" + tag, "AWARE", "[\"other-" + tag + "\"]");

		assertThat(ids("/api/v1/customers?tag=" + encode(tag))).containsExactly(b, a);
		assertThat(ids("/api/v1/customers?tag=" + encode(tag) + "&stage=AWARE")).containsExactly(a);
		assertThat(ids("/api/v1/customers?tag=" + encode("no-such-" + tag))).isEmpty();
		Http browser = new Http(port);
		assertThat(browser.login("agent", Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
		String page = browser.get("/customers?tag=" + encode(tag), null).body();
		assertThat(page).contains("标签甲" + tag, "标签乙" + tag).doesNotContain("标签丙" + tag)
			.contains("name=\"tag\"");
	}

	@Test
	void theListPageOffersSegmentsAndShowsOnlyTheMembers() {
		customer("页面筛选" + tag, "AWARE", "[\"" + tag + "\"]");
		customer("页面其他" + tag, "AWARE", "[]");
		long segment = segment("{\"groups\":[{\"conditions\":[{\"field\":\"tag\",\"operator\":\"in\",\"values\":[\"" + tag
				+ "\"]}]}]}");
		Http browser = new Http(port);
		assertThat(browser.login("agent", Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);

		String page = browser.get("/customers?segment=" + segment + "&q=" + encode(tag), null).body();

		assertThat(page).contains("<select class=\"form-select\" name=\"segment\"", "value=\"" + segment + "\" selected");
		assertThat(page).contains("页面筛选" + tag).doesNotContain("页面其他" + tag);
	}

	@Test
	void anUnknownOrMalformedSegmentIsRefusedWith400NamingTheParameter() {
		HttpResponse<String> unknown = http.get("/api/v1/customers?segment=987654321", token("agent"));
		HttpResponse<String> malformed = http.get("/api/v1/customers?segment=1%20or%201=1", token("agent"));

		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("segment");
		assertThat(malformed.statusCode()).isEqualTo(400);
	}

	// Acceptance 2 / A-24: autocomplete never shows a full number, even when searched by one.
	@Test
	void autocompleteOffersAtMostTenMaskedCustomersByNameOrFullNumber() {
		String mobile = CustomerTestData.freshMobile();
		long first = CustomerTestData.create(http, token("agent"), tag + "自动补全", mobile);
		for (int i = 0; i < 11; i++) {
			customer("补全" + tag + i, "AWARE", "[]");
		}

		HttpResponse<String> byPrefix = http.get("/api/v1/customers/autocomplete?q=" + encode(tag), token("agent"));
		HttpResponse<String> byFragment = http.get("/api/v1/customers/autocomplete?q=" + encode(tag + "0"), token("agent"));
		HttpResponse<String> byNumber = http.get("/api/v1/customers/autocomplete?q=" + encode("+86 " + mobile.substring(0, 3)
				+ "-" + mobile.substring(3, 7) + "-" + mobile.substring(7)), token("agent"));
		HttpResponse<String> byPartialNumber = http.get("/api/v1/customers/autocomplete?q=" + mobile.substring(0, 7),
				token("agent"));

		assertThat(byPrefix.statusCode()).as(byPrefix.body()).isEqualTo(200);
		JsonNode prefix = Http.json(byPrefix.body());
		assertThat(prefix).hasSize(10);
		assertThat(prefix.get(0).get("id").asLong()).as("names beginning with the text first").isEqualTo(first);
		assertThat(prefix.get(0).get("mobile").asString()).isEqualTo(CustomerTestData.masked(mobile));
		assertThat(prefix.get(0).get("tier").asString()).isNotBlank();
		assertThat(Http.json(byFragment.body())).hasSize(1);
		assertThat(Http.json(byFragment.body()).get(0).get("name").asString()).isEqualTo("补全" + tag + "0");
		JsonNode number = Http.json(byNumber.body());
		assertThat(number).hasSize(1);
		assertThat(number.get(0).get("id").asLong()).isEqualTo(first);
		assertThat(Http.json(byPartialNumber.body())).as("a number matches only in full").isEmpty();
		for (HttpResponse<String> response : java.util.List.of(byPrefix, byFragment, byNumber, byPartialNumber)) {
			assertThat(CustomerBrowserIntegrationTests.FULL_MOBILE.matcher(response.body()).find())
				.as("a full number in " + response.body()).isFalse();
		}
	}

	@Test
	void autocompleteNeedsCustomerReadAndEscapesWildcards() {
		assertThat(http.get("/api/v1/customers/autocomplete?q=a", null).statusCode()).isEqualTo(401);
		assertThat(Http.json(http.get("/api/v1/customers/autocomplete?q=" + encode("%"), token("agent")).body()))
			.as("%% is a character, not a wildcard").isEmpty();
		assertThat(Http.json(http.get("/api/v1/customers/autocomplete?q=", token("agent")).body())).isEmpty();
		assertThat(http.get("/api/v1/customers/autocomplete?q=" + "x".repeat(51), token("agent")).statusCode())
			.isEqualTo(400);
	}

	static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	String token(String username) {
		return CustomerTestData.token(http, username);
	}

}
