package io.kairos.identity;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import io.kairos.test.StaffAccounts.Account;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance item 8: sign-ins, sign-outs and every change to users and tokens leave an audit entry with
 * who, what, which record, when, from which address and in which request; the API can only read them.
 */
@KairosIntegrationTest
class AuditIntegrationTests {

	private static final List<String> LOOPBACK = List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

	@LocalServerPort
	int port;

	Http http;

	String admin;

	Instant start;

	@BeforeEach
	void client() {
		http = new Http(port);
		admin = StaffAccounts.adminToken(http);
		start = Instant.now().minusSeconds(5);
	}

	@Test
	void signInFailedSignInAndSignOutAreAudited() {
		Account user = StaffAccounts.create(http, "audit-signin", "AGENT");
		Http browser = new Http(port);

		String failedId = requestId();
		assertRedirect(formPost(browser, "/login", "/login", failedId, "username", user.username(), "password",
				"wrong-password"), "/login");
		String loginId = requestId();
		assertRedirect(formPost(browser, "/login", "/login", loginId, "username", user.username(), "password",
				StaffAccounts.PASSWORD), "/");
		String logoutId = requestId();
		assertRedirect(formPost(browser, "/", "/logout", logoutId), "/login");

		JsonNode failed = entry("auth.login.failed", failedId);
		assertEntry(failed, user.username(), "staff_user", Long.toString(user.id()));
		assertThat(failed.get("detail").asString()).contains("BadCredentials").doesNotContain("wrong-password");
		assertEntry(entry("auth.login", loginId), user.username(), "staff_user", Long.toString(user.id()));
		assertEntry(entry("auth.logout", logoutId), user.username(), "staff_user", Long.toString(user.id()));
	}

	// people type passwords into the user field; a name that is no user is never written down
	@Test
	void failedSignInForAnUnknownNameDoesNotRecordTheName() {
		String ghost = StaffAccounts.unique("ghost-typed-password");
		String failedId = requestId();

		assertRedirect(formPost(new Http(port), "/login", "/login", failedId, "username", ghost, "password",
				"whatever-1"), "/login");

		JsonNode failed = entry("auth.login.failed", failedId);
		assertThat(failed.get("actor").asString()).isEqualTo("anonymous");
		assertThat(failed.toString().toLowerCase(Locale.ROOT)).doesNotContain(ghost);
		assertThat(audit("from=" + start)).allSatisfy(
				entry -> assertThat(entry.toString().toLowerCase(Locale.ROOT)).doesNotContain(ghost));
	}

	@Test
	void changesToUsersAndTokensAreAudited() {
		String actor = StaffAccounts.admin(http).username();
		String name = StaffAccounts.unique("audit-life");

		String createdId = requestId();
		HttpResponse<String> created = http.postJson("/api/v1/users", admin, """
				{"username":"%s","displayName":"Audited","password":"%s","roles":["AGENT"]}"""
			.formatted(name, StaffAccounts.PASSWORD), "X-Request-Id", createdId);
		assertThat(created.statusCode()).isEqualTo(201);
		long id = Http.json(created.body()).get("id").asLong();
		String subject = Long.toString(id);
		JsonNode createdEntry = entry("user.created", createdId);
		assertEntry(createdEntry, actor, "staff_user", subject);
		assertThat(createdEntry.get("detail").asString()).contains(name).contains("AGENT")
			.doesNotContain(StaffAccounts.PASSWORD);

		String updatedId = requestId();
		assertThat(patch(id, "{\"displayName\":\"Audited again\"}", updatedId).statusCode()).isEqualTo(200);
		assertEntry(entry("user.updated", updatedId), actor, "staff_user", subject);

		Http adminBrowser = new Http(port);
		assertRedirect(adminBrowser.login(actor, StaffAccounts.PASSWORD), "/");
		String resetId = requestId();
		assertRedirect(formPost(adminBrowser, "/admin/users/" + id, "/admin/users/" + id + "/password", resetId,
				"password", "Reset-password-77"), "/admin/users/" + id);
		JsonNode reset = entry("user.password.reset", resetId);
		assertEntry(reset, actor, "staff_user", subject);
		assertThat(reset.toString()).doesNotContain("Reset-password-77");

		Http userBrowser = new Http(port);
		assertRedirect(userBrowser.login(name, "Reset-password-77"), "/");
		String changedId = requestId();
		assertRedirect(formPost(userBrowser, "/profile", "/profile/password", changedId, "currentPassword",
				"Reset-password-77", "newPassword", "Changed-password-88"), "/profile");
		JsonNode changed = entry("user.password.changed", changedId);
		assertEntry(changed, name, "staff_user", subject);
		assertThat(changed.toString()).doesNotContain("password-77").doesNotContain("password-88");

		String tokenId = requestId();
		HttpResponse<String> issued = http.send(http.request("/api/v1/tokens")
			.header("Authorization", basic(name, "Changed-password-88"))
			.header("Content-Type", "application/json")
			.header("X-Request-Id", tokenId)
			.POST(BodyPublishers.ofString("{\"name\":\"audited script\"}")));
		assertThat(issued.statusCode()).isEqualTo(201);
		JsonNode token = Http.json(issued.body());
		JsonNode tokenCreated = entry("token.created", tokenId);
		assertEntry(tokenCreated, name, "api_token", token.get("id").asString());
		assertThat(tokenCreated.toString()).doesNotContain(token.get("token").asString());

		String revokedId = requestId();
		assertThat(http.send(http.request("/api/v1/tokens/" + token.get("id").asLong())
			.header("Authorization", "Bearer " + token.get("token").asString())
			.header("X-Request-Id", revokedId)
			.DELETE()).statusCode()).isEqualTo(204);
		assertEntry(entry("token.revoked", revokedId), name, "api_token", token.get("id").asString());

		String disabledId = requestId();
		assertThat(patch(id, "{\"enabled\":false}", disabledId).statusCode()).isEqualTo(200);
		assertEntry(entry("user.disabled", disabledId), actor, "staff_user", subject);
	}

	// there is no way to change or remove an entry through the API
	@Test
	void auditEntriesCannotBeChangedThroughTheApi() {
		JsonNode entry = Http.json(http.get("/api/v1/audit-events?size=1", admin).body()).get("items").get(0);
		String path = "/api/v1/audit-events/" + entry.get("id").asLong();
		String forged = "forged." + UUID.randomUUID().toString().substring(0, 8);
		String body = "{\"actor\":\"someone-else\",\"action\":\"" + forged + "\",\"detail\":null}";

		for (String target : List.of("/api/v1/audit-events", path)) {
			for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
				HttpResponse<String> response = http.send(http.request(target)
					.header("Authorization", "Bearer " + admin)
					.header("Content-Type", "application/json")
					.method(method, BodyPublishers.ofString(body)));
				assertThat(response.statusCode()).as(method + " " + target).isIn(405, 403, 404);
			}
		}

		assertThat(Http.json(http.get(path, admin).body())).isEqualTo(entry);
		assertThat(audit("action=" + forged)).isEmpty();
		String agent = http.tokenFor(StaffAccounts.create(http, "audit-agent", "AGENT").username(),
				StaffAccounts.PASSWORD);
		assertThat(http.get(path, agent).statusCode()).isEqualTo(403);
		assertThat(http.send(http.request(path).header("Authorization", "Bearer " + agent).DELETE()).statusCode())
			.isIn(403, 405);
		assertThat(Http.json(http.get(path, admin).body())).isEqualTo(entry);
	}

	@Test
	void filtersSelectExactlyWhatTheyName() {
		Account user = busyUser();
		List<JsonNode> mine = audit("actor=" + user.username());

		assertThat(mine).hasSizeGreaterThanOrEqualTo(6)
			.allSatisfy(entry -> assertThat(entry.get("actor").asString()).isEqualTo(user.username()));
		assertThat(mine).extracting(entry -> entry.get("action").asString())
			.contains("auth.login.failed", "auth.login", "auth.logout", "token.created", "token.revoked");
		assertThat(audit("actor=" + user.username() + "&action=auth.login.failed")).singleElement()
			.satisfies(entry -> assertThat(entry.get("action").asString()).isEqualTo("auth.login.failed"));
		assertThat(audit("action=token.revoked&actor=" + user.username())).singleElement()
			.satisfies(entry -> assertThat(entry.get("subjectType").asString()).isEqualTo("api_token"));
		// Sign-ins name the user by id like every other entry about the user, so one filter finds them all.
		assertThat(audit("subjectType=staff_user&subjectId=" + user.id())).extracting(e -> e.get("action").asString())
			.contains("user.created", "auth.login", "auth.login.failed", "auth.logout")
			.doesNotContain("token.created", "token.revoked");

		JsonNode middle = mine.get(mine.size() / 2);
		Instant at = Instant.parse(middle.get("occurredAt").asString());
		String who = "actor=" + user.username();
		assertThat(ids(audit(who + "&from=" + at + "&to=" + at.plusNanos(1000)))).contains(id(middle));
		assertThat(audit(who + "&from=" + at + "&to=" + at.plusNanos(1000))).allSatisfy(entry -> {
			assertThat(Instant.parse(entry.get("occurredAt").asString())).isEqualTo(at);
		});
		assertThat(ids(audit(who + "&from=" + at.plusNanos(1000)))).doesNotContain(id(middle))
			.allSatisfy(other -> assertThat(other).isGreaterThan(id(middle)));
		assertThat(ids(audit(who + "&to=" + at))).doesNotContain(id(middle))
			.allSatisfy(other -> assertThat(other).isLessThan(id(middle)));
		assertThat(audit(who + "&from=" + Instant.now().plusSeconds(3600))).isEmpty();
		assertThat(http.get("/api/v1/audit-events?from=" + at.plusSeconds(1) + "&to=" + at, admin).statusCode())
			.isEqualTo(400);
	}

	// L-06: keyset pages follow one another without overlap or gaps
	@Test
	void keysetPagesAreDisjointAndComplete() {
		Account user = busyUser();
		List<Long> all = ids(audit("actor=" + user.username()));

		List<Long> paged = new ArrayList<>();
		List<List<Long>> pages = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = Http.json(http.get("/api/v1/audit-events?actor=" + user.username() + "&size=2"
					+ (cursor == null ? "" : "&cursor=" + cursor), admin).body());
			List<Long> ids = new ArrayList<>();
			page.get("items").forEach(entry -> ids.add(id(entry)));
			assertThat(ids).hasSizeBetween(1, 2);
			pages.add(ids);
			paged.addAll(ids);
			cursor = nextCursor(page);
		}
		while (cursor != null);

		assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
		assertThat(paged).doesNotHaveDuplicates().isEqualTo(all);
		assertThat(paged).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		for (int i = 1; i < pages.size(); i++) {
			assertThat(pages.get(i)).doesNotContainAnyElementsOf(pages.get(i - 1));
		}
	}

	/** A user with a failed sign-in, a sign-in, a sign-out, an API token issued and revoked. */
	private Account busyUser() {
		Account user = StaffAccounts.create(http, "audit-busy", "AGENT");
		Http browser = new Http(port);
		assertRedirect(browser.login(user.username(), "not-the-password"), "/login");
		assertRedirect(browser.login(user.username(), StaffAccounts.PASSWORD), "/");
		assertRedirect(formPost(browser, "/", "/logout", requestId()), "/login");
		String token = http.tokenFor(user.username(), StaffAccounts.PASSWORD);
		long tokenId = Http.json(http.get("/api/v1/tokens", token).body()).get(0).get("id").asLong();
		assertThat(http.send(http.request("/api/v1/tokens/" + tokenId).header("Authorization", "Bearer " + token)
			.DELETE()).statusCode()).isEqualTo(204);
		return user;
	}

	/** The entry of an action written in the request with this id. */
	private JsonNode entry(String action, String requestId) {
		List<JsonNode> found = audit("action=" + action + "&from=" + start).stream()
			.filter(entry -> requestId.equals(entry.path("requestId").asString()))
			.toList();
		assertThat(found).as(action + " in request " + requestId).hasSize(1);
		return found.get(0);
	}

	private void assertEntry(JsonNode entry, String actor, String subjectType, String subjectId) {
		assertThat(entry.get("actor").asString()).isEqualTo(actor);
		assertThat(entry.get("subjectType").asString()).isEqualTo(subjectType);
		assertThat(entry.get("subjectId").asString()).isEqualTo(subjectId);
		assertThat(entry.get("clientIp").asString()).isIn(LOOPBACK);
		assertThat(entry.get("requestId").asString()).isNotBlank();
		assertThat(Instant.parse(entry.get("occurredAt").asString())).isBetween(start, Instant.now().plusSeconds(5));
	}

	/** Every entry matching the query, following the keyset cursor to the last page. */
	private List<JsonNode> audit(String query) {
		List<JsonNode> entries = new ArrayList<>();
		String cursor = null;
		do {
			HttpResponse<String> response = http.get("/api/v1/audit-events?size=100&" + encodeQuery(query)
					+ (cursor == null ? "" : "&cursor=" + cursor), admin);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode page = Http.json(response.body());
			page.get("items").forEach(entries::add);
			cursor = nextCursor(page);
		}
		while (cursor != null);
		return entries;
	}

	private static String nextCursor(JsonNode page) {
		JsonNode next = page.path("nextCursor");
		return next.isNull() || next.isMissingNode() ? null : next.asString();
	}

	private static String encodeQuery(String query) {
		StringBuilder encoded = new StringBuilder();
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			encoded.append(encoded.isEmpty() ? "" : "&")
				.append(pair, 0, eq + 1)
				.append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return encoded.toString();
	}

	private static long id(JsonNode entry) {
		return entry.get("id").asLong();
	}

	private static List<Long> ids(List<JsonNode> entries) {
		return entries.stream().map(AuditIntegrationTests::id).toList();
	}

	/** Submits a page form as a browser would, with the CSRF token of its page and our own request id. */
	private static HttpResponse<String> formPost(Http browser, String formPage, String action, String requestId,
			String... fields) {
		StringBuilder body = new StringBuilder("_csrf=").append(encode(browser.csrfFrom(formPage)));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return browser.send(browser.request(action)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Request-Id", requestId)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	private HttpResponse<String> patch(long id, String json, String requestId) {
		return http.send(http.request("/api/v1/users/" + id)
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.header("X-Request-Id", requestId)
			.method("PATCH", BodyPublishers.ofString(json)));
	}

	private void assertRedirect(HttpResponse<String> response, String path) {
		assertThat(response.statusCode()).as(response.body()).isIn(302, 303);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(java.net.URI.create(http.base() + "/").resolve(location).getPath()).isEqualTo(path);
	}

	private static String requestId() {
		return "it-" + UUID.randomUUID();
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
