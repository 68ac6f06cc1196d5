package io.kairos.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * Staff sign-in through the pages: language, role-aware navigation, session life cycle, throttling,
 * security headers, the language switch's redirect, CSRF, and who may see health and metrics.
 */
@KairosIntegrationTest
class WebSignInIntegrationTests {

	private static final String SESSION = "KAIROS_SESSION";

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@LocalServerPort
	int port;

	Http http;

	String admin;

	@BeforeEach
	void client() {
		http = new Http(port);
		admin = StaffAccounts.adminToken(http);
	}

	@Test
	void loginPageSpeaksTheBrowsersLanguage() {
		Document chinese = loginPage("zh-CN,zh;q=0.9");
		Document english = loginPage("en-US,en;q=0.8");
		Document unspecified = loginPage(null);

		assertThat(chinese.title()).isEqualTo("登录 · Kairos");
		assertThat(chinese.selectFirst("label[for=username]").text()).isEqualTo("用户名");
		assertThat(chinese.selectFirst("label[for=password]").text()).isEqualTo("密码");
		assertThat(chinese.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(english.title()).isEqualTo("Sign in · Kairos");
		assertThat(english.selectFirst("label[for=username]").text()).isEqualTo("Username");
		assertThat(english.selectFirst("label[for=password]").text()).isEqualTo("Password");
		assertThat(english.selectFirst("#sign-in").text()).isEqualTo("Sign in");
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(unspecified.title()).as("Chinese is the default").isEqualTo("登录 · Kairos");
	}

	@Test
	void eachDemoUserSignsInAndSeesTheNavigationOfTheirRoles() {
		Map<String, Set<String>> expected = new LinkedHashMap<>();
		expected.put("admin", new HashSet<>(Set.of("home", "desk", "tier-rules", "calendars", "sla-policies", "desk-admin", "checklists", "desk-automation", "users", "messaging", "audit", "health", "api")));
		expected.put("agent", new HashSet<>(Set.of("home", "customers", "desk", "segments", "contracts", "callbacks", "api")));
		expected.put("supervisor", new HashSet<>(Set.of("home", "customers", "desk", "segments", "contracts", "callbacks", "api")));
		expected.put("manager", new HashSet<>(Set.of("home", "customers", "desk", "segments", "contracts", "customer-value", "tier-rules", "api")));
		expected.put("analyst", new HashSet<>(Set.of("home", "desk", "customer-value", "api")));
		// Each module adds the items it puts into the navigation.
		// voc
		expected.get("agent").add("follow-ups");
		expected.get("supervisor").addAll(Set.of("follow-ups", "feedback", "improvement-actions"));
		expected.get("manager").addAll(Set.of("feedback", "improvement-actions", "survey-distribution", "feedback-categories"));
		expected.get("analyst").addAll(Set.of("feedback", "improvement-actions"));
		expected.get("admin").addAll(Set.of("survey-distribution", "feedback-categories"));
		expected.get("manager").addAll(Set.of("nps", "servqual", "kano", "surveys"));
		expected.get("admin").addAll(Set.of("surveys"));
		expected.get("supervisor").addAll(Set.of("nps", "servqual", "kano"));
		expected.get("analyst").addAll(Set.of("nps", "servqual", "kano"));


		// journey
		for (String role : List.of("agent", "supervisor", "manager", "analyst")) {
			expected.get(role).addAll(Set.of("journeys", "touchpoints", "mot-index"));
		}


		// analytics
		List.of("agent", "supervisor", "manager", "analyst").forEach(user -> expected.get(user).add("dashboard"));
		expected.get("admin").add("kpi-targets");
		expected.get("supervisor").add("staffing");
		expected.get("manager").addAll(Set.of("staffing", "kpi-targets"));


		Map<String, String> roles = Map.of("admin", "ADMIN", "agent", "AGENT", "supervisor", "SUPERVISOR", "manager",
				"MANAGER", "analyst", "QUALITY_ANALYST");

		expected.forEach((user, navigation) -> {
			Http browser = new Http(port);
			assertRedirect(browser.login(user, Http.DEMO_PASSWORD), "/");

			HttpResponse<String> home = browser.send(browser.request("/").GET());

			assertThat(home.statusCode()).as(user).isEqualTo(200);
			Document page = Jsoup.parse(home.body());
			List<String> items = page.select("[data-nav]").eachAttr("data-nav");
			assertThat(items).as(user).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(navigation);
			assertThat(page.select("[data-role]").eachAttr("data-role")).as(user).containsExactly(roles.get(user));
		});
	}

	// a new session id at sign-in; neither the pre-login nor the signed-out cookie opens a page
	@Test
	void sessionIdChangesAtSignInAndEndsAtSignOut() {
		Account user = StaffAccounts.create(http, "session", "AGENT");
		Http browser = new Http(port);
		HttpResponse<String> loginPage = browser.send(browser.request("/login").GET());
		String anonymousSession = browser.sessionId();
		assertThat(anonymousSession).isNotNull();
		assertSessionCookieIsGuarded(loginPage);

		HttpResponse<String> signedIn = browser.login(user.username(), StaffAccounts.PASSWORD);

		assertRedirect(signedIn, "/");
		assertThat(signedIn.headers().firstValue("Location").orElseThrow().toLowerCase(Locale.ROOT))
			.doesNotContain("jsessionid").doesNotContain("session");
		assertSessionCookieIsGuarded(signedIn);
		String session = browser.sessionId();
		assertThat(session).isNotNull().isNotEqualTo(anonymousSession);
		assertThat(browser.send(browser.request("/").GET()).statusCode()).isEqualTo(200);
		assertRedirect(withSession(anonymousSession, "/"), "/login");

		assertRedirect(browser.submit("/", "/logout"), "/login");

		assertRedirect(browser.send(browser.request("/").GET()), "/login");
		assertRedirect(withSession(session, "/"), "/login");
		assertRedirect(withSession(session, "/profile"), "/login");
	}

	// disabling a user ends their live session at their next request, and their API tokens with it
	@Test
	void disablingAUserEndsTheirSessionAndTheirTokens() {
		Account user = StaffAccounts.create(http, "disable-me", "AGENT");
		Http browser = new Http(port);
		assertRedirect(browser.login(user.username(), StaffAccounts.PASSWORD), "/");
		assertThat(browser.send(browser.request("/").GET()).statusCode()).isEqualTo(200);
		String token = http.tokenFor(user.username(), StaffAccounts.PASSWORD);
		assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(200);
		String etag = http.get("/api/v1/users/" + user.id(), admin).headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> disabled = http.send(http.request("/api/v1/users/" + user.id())
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.header("If-Match", etag)
			.method("PATCH", BodyPublishers.ofString("{\"enabled\":false}")));

		assertThat(disabled.statusCode()).isEqualTo(200);
		assertRedirect(browser.send(browser.request("/").GET()), "/login");
		assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(401);
		assertRedirect(new Http(port).login(user.username(), StaffAccounts.PASSWORD), "/login");
	}

	// five failures lock the account's door for a while, whatever address the client claims
	// A-15 (d): a session opened with the old password does not outlive a password change
	@Test
	void changingThePasswordEndsTheOtherSessionsAndAResetEndsAll() {
		Account user = StaffAccounts.create(http, "new-password", "AGENT");
		Http here = new Http(port);
		Http elsewhere = new Http(port);
		assertRedirect(here.login(user.username(), StaffAccounts.PASSWORD), "/");
		assertRedirect(elsewhere.login(user.username(), StaffAccounts.PASSWORD), "/");

		assertRedirect(here.submit("/profile", "/profile/password", "currentPassword", StaffAccounts.PASSWORD,
				"newPassword", "a-new-secret-42"), "/profile");

		assertThat(here.send(here.request("/").GET()).statusCode()).isEqualTo(200);
		assertRedirect(elsewhere.send(elsewhere.request("/").GET()), "/login");
		HttpResponse<String> oldPassword = new Http(port).login(user.username(), StaffAccounts.PASSWORD);
		assertRedirect(oldPassword, "/login");
		assertThat(oldPassword.headers().firstValue("Location").orElseThrow()).endsWith("?error");

		Http adminBrowser = new Http(port);
		assertRedirect(adminBrowser.login("admin", Http.DEMO_PASSWORD), "/");
		assertRedirect(adminBrowser.submit("/admin/users/" + user.id(), "/admin/users/" + user.id() + "/password",
				"password", "reset-by-admin-42"), "/admin/users/" + user.id());

		assertRedirect(here.send(here.request("/").GET()), "/login");
		assertRedirect(new Http(port).login(user.username(), "reset-by-admin-42"), "/");
	}

	// the refusal itself is audited, and the throttle keeps no typed name
	@Test
	void throttledAttemptsAreAuditedAndTypedNamesAreNotKept() {
		Account user = StaffAccounts.create(http, "throttle-trace", "AGENT");
		for (int i = 0; i < 5; i++) {
			new Http(port).login(user.username(), "wrong-password-" + i);
		}
		assertThat(new Http(port).login(user.username(), StaffAccounts.PASSWORD).statusCode()).isEqualTo(429);

		assertThat(http.get("/api/v1/audit-events?action=auth.login.throttled&subjectType=staff_user&subjectId="
				+ user.id(), admin).body()).contains("auth.login.throttled").contains("retryAfterSeconds");
		String typed = "password-typed-" + user.username();
		new Http(port).login(typed, "x-1234567890");
		assertThat(jdbc.sql("select count(*) from login_throttle where lower(subject) like :name")
			.param("name", "%" + user.username() + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void failedFormSignInsThrottleTheAccountOnBothDoors() {
		Account user = StaffAccounts.create(http, "brute-form", "AGENT");
		Http browser = new Http(port);
		for (int i = 1; i <= 5; i++) {
			assertRedirect(formLogin(browser, user.username(), "wrong-" + i, i), "/login");
		}

		HttpResponse<String> throttled = formLogin(browser, user.username(), StaffAccounts.PASSWORD, 6);

		assertThat(throttled.statusCode()).isEqualTo(429);
		assertRetryAfter(throttled);
		assertThat(Jsoup.parse(throttled.body()).selectFirst("#login-throttled")).isNotNull();
		assertRedirect(browser.send(browser.request("/").GET()), "/login");
		HttpResponse<String> basic = basicToken(user.username(), StaffAccounts.PASSWORD, 7);
		assertThat(basic.statusCode()).isEqualTo(429);
		assertRetryAfter(basic);
		assertThat(basic.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		List<JsonNode> failures = auditOf(user.username(), "auth.login.failed");
		assertThat(failures).hasSize(5).allSatisfy(entry -> assertThat(entry.get("clientIp").asString())
			.as("the address is the socket peer, never a header the client chose")
			.isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1"));
	}

	// the same over HTTP Basic on POST /api/v1/tokens, and the form is throttled too
	@Test
	void failedBasicSignInsThrottleTheAccountOnBothDoors() {
		Account user = StaffAccounts.create(http, "brute-basic", "AGENT");
		for (int i = 1; i <= 5; i++) {
			assertThat(basicToken(user.username(), "wrong-" + i, i).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> basic = basicToken(user.username(), StaffAccounts.PASSWORD, 6);
		HttpResponse<String> form = formLogin(new Http(port), user.username(), StaffAccounts.PASSWORD, 7);

		assertThat(basic.statusCode()).isEqualTo(429);
		assertRetryAfter(basic);
		JsonNode problem = Http.json(basic.body());
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("requestId").asString()).isNotBlank();
		assertThat(form.statusCode()).isEqualTo(429);
		assertRetryAfter(form);
	}

	// every page carries the security headers and no server banner; PII pages are not cached
	@Test
	void everyPageCarriesTheSecurityHeaders() {
		Account target = StaffAccounts.create(http, "headers", "AGENT");
		Http browser = new Http(port);
		assertHeaders("/login", browser.send(browser.request("/login").GET()), false);
		assertRedirect(browser.login(StaffAccounts.admin(http).username(), StaffAccounts.PASSWORD), "/");

		for (String page : List.of("/", "/admin/users", "/admin/users/" + target.id(), "/profile", "/profile/tokens",
				"/admin/audit")) {
			HttpResponse<String> response = browser.send(browser.request(page).GET());
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertHeaders(page, response, true);
		}
		assertHeaders("missing page", browser.send(browser.request("/admin/users/987654321987").GET()), true);
		assertHeaders("api", http.get("/api/v1/users", admin), true);
	}

	// an untrusted or null Origin is never granted cross-origin access
	@Test
	void untrustedOriginsAreNotGrantedCors() {
		for (String origin : List.of("https://evil.test", "null")) {
			HttpResponse<String> api = http.send(http.request("/api/v1/me")
				.header("Authorization", "Bearer " + admin)
				.header("Origin", origin)
				.GET());
			HttpResponse<String> preflight = http.send(http.request("/api/v1/users")
				.header("Origin", origin)
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "authorization, content-type")
				.method("OPTIONS", BodyPublishers.noBody()));
			HttpResponse<String> page = http.send(http.request("/login").header("Origin", origin).GET());

			for (HttpResponse<String> response : List.of(api, preflight, page)) {
				assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();
				assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).as(origin).isEmpty();
			}
		}
	}

	// the language switch and sign-in only ever redirect to a local path
	@Test
	void redirectsStayOnThisSite() {
		for (String target : List.of("https://evil.test", "//evil.test", "/\\evil.test", "javascript:alert(1)",
				"https:evil.test", "%2F%2Fevil.test", "/%2F%2Fevil.test", "/%2f%2fevil.test", "///evil.test",
				"\\\\evil.test", "/\\/evil.test", " //evil.test", "http://localhost.evil.test/",
				"data:text/html,<script>alert(1)</script>", "/profile\r\nSet-Cookie: x=1")) {
			HttpResponse<String> response = switchLanguage(target);

			assertThat(response.statusCode()).as(target).isEqualTo(302);
			String location = response.headers().firstValue("Location").orElseThrow();
			assertThat(location).as(target).doesNotContainIgnoringCase("evil").doesNotContain("javascript");
			assertThat(local(location)).as(target).isEqualTo("/");
		}
		assertThat(local(switchLanguage("/profile").headers().firstValue("Location").orElseThrow()))
			.isEqualTo("/profile");
		assertThat(local(switchLanguage("/admin/users?q=wang").headers().firstValue("Location").orElseThrow()))
			.isEqualTo("/admin/users?q=wang");

		Account user = StaffAccounts.create(http, "next", "AGENT");
		Http browser = new Http(port);
		String next = "/login?next=" + URLEncoder.encode("https://evil.test", StandardCharsets.UTF_8);
		assertRedirect(browser.submit(next, next, "username", user.username(), "password", StaffAccounts.PASSWORD), "/");
	}

	// a page form posted without its CSRF token is refused and changes nothing
	@Test
	void formPostsWithoutTheCsrfTokenAreRefused() {
		Account target = StaffAccounts.create(http, "csrf-target", "AGENT");
		JsonNode before = Http.json(http.get("/api/v1/users/" + target.id(), admin).body());
		Http adminBrowser = new Http(port);
		assertRedirect(adminBrowser.login(StaffAccounts.admin(http).username(), StaffAccounts.PASSWORD), "/");
		Http userBrowser = new Http(port);
		assertRedirect(userBrowser.login(target.username(), StaffAccounts.PASSWORD), "/");

		String disable = "enabled=false&version=" + before.get("version").asLong();
		assertThat(postForm(adminBrowser, "/admin/users/" + target.id() + "/enabled", disable).statusCode())
			.isEqualTo(403);
		assertThat(postForm(adminBrowser, "/admin/users/" + target.id() + "/enabled", disable + "&_csrf=forged")
			.statusCode()).isEqualTo(403);
		assertThat(postForm(adminBrowser, "/admin/users/" + target.id() + "/password", "password=Attacker-chosen-1")
			.statusCode()).isEqualTo(403);
		assertThat(postForm(userBrowser, "/profile/password",
				"currentPassword=" + StaffAccounts.PASSWORD + "&newPassword=Attacker-chosen-1").statusCode())
			.isEqualTo(403);
		assertThat(postForm(userBrowser, "/profile/tokens", "name=planted").statusCode()).isEqualTo(403);

		assertThat(Http.json(http.get("/api/v1/users/" + target.id(), admin).body())).isEqualTo(before);
		assertThat(userBrowser.send(userBrowser.request("/").GET()).statusCode()).isEqualTo(200);
		String token = http.tokenFor(target.username(), StaffAccounts.PASSWORD);
		assertThat(Http.json(http.get("/api/v1/tokens", token).body()).size()).as("only the token just issued")
			.isEqualTo(1);
		assertThat(basicToken(target.username(), "Attacker-chosen-1", 1).statusCode()).isEqualTo(401);
	}

	@Test
	void healthIsPublicAndMetricsAreForAdminsOnly() {
		for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			HttpResponse<String> response = http.get(path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(Http.json(response.body()).get("status").asString()).as(path).isEqualTo("UP");
		}
		String agent = http.tokenFor(StaffAccounts.create(http, "metrics-agent", "AGENT").username(),
				StaffAccounts.PASSWORD);

		HttpResponse<String> anonymous = http.get("/actuator/prometheus", null);
		HttpResponse<String> asAgent = http.get("/actuator/prometheus", agent);
		HttpResponse<String> asAdmin = http.get("/actuator/prometheus", admin);

		assertThat(anonymous.statusCode()).isIn(401, 302);
		if (anonymous.statusCode() == 302) {
			assertThat(local(anonymous.headers().firstValue("Location").orElseThrow())).isEqualTo("/login");
		}
		assertThat(anonymous.body()).doesNotContain("jvm_");
		assertThat(asAgent.statusCode()).isEqualTo(403);
		assertThat(asAgent.body()).doesNotContain("jvm_");
		assertThat(asAdmin.statusCode()).isEqualTo(200);
		assertThat(asAdmin.body()).contains("jvm_memory");
	}

	private Document loginPage(String language) {
		HttpRequest.Builder request = http.request("/login").GET();
		if (language != null) {
			request.header("Accept-Language", language);
		}
		HttpResponse<String> response = new Http(port).send(request);
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private void assertHeaders(String page, HttpResponse<String> response, boolean personal) {
		if (!page.equals("api")) {
			assertThat(response.headers().firstValue("Content-Type")).as(page)
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
			Map<String, String> csp = Arrays
				.stream(response.headers().firstValue("Content-Security-Policy").orElseThrow().split(";"))
				.map(String::strip)
				.filter(directive -> !directive.isEmpty())
				.collect(Collectors.toMap(d -> d.split("\\s+", 2)[0], d -> d.contains(" ") ? d.split("\\s+", 2)[1] : ""));
			String scripts = csp.getOrDefault("script-src", csp.get("default-src"));
			assertThat(scripts).as(page + " script-src").isNotNull().doesNotContain("'unsafe-inline'")
				.doesNotContain("'unsafe-eval'").doesNotContain("*");
			assertThat(csp.get("frame-ancestors")).as(page).isEqualTo("'none'");
			assertThat(csp.get("object-src")).as(page).isEqualTo("'none'");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(page).contains("DENY");
		}
		assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).contains("nosniff");
		if (!page.equals("api")) {
			assertThat(response.headers().firstValue("Referrer-Policy")).as(page)
				.hasValueSatisfying(policy -> assertThat(policy).isNotBlank().isNotEqualTo("unsafe-url"));
		}
		assertThat(response.headers().firstValue("Server")).as(page).isEmpty();
		assertThat(response.headers().firstValue("X-Powered-By")).as(page).isEmpty();
		if (personal) {
			assertThat(response.headers().allValues("Cache-Control")).as(page)
				.anySatisfy(value -> assertThat(value).contains("no-store"));
		}
	}

	private static void assertSessionCookieIsGuarded(HttpResponse<String> response) {
		List<String> cookies = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith(SESSION + "="))
			.toList();
		assertThat(cookies).isNotEmpty().allSatisfy(cookie -> {
			assertThat(cookie).containsIgnoringCase("HttpOnly");
			assertThat(cookie).containsIgnoringCase("SameSite=Lax");
		});
	}

	private HttpResponse<String> withSession(String sessionId, String path) {
		return new Http(port).send(new Http(port).request(path).header("Cookie", SESSION + "=" + sessionId).GET());
	}

	/** A form sign-in that claims, through every usual proxy header, to come from another address each time. */
	private static HttpResponse<String> formLogin(Http browser, String username, String password, int attempt) {
		String body = "_csrf=" + encode(browser.csrfFrom("/login")) + "&username=" + encode(username) + "&password="
				+ encode(password);
		return browser.send(spoofed(browser.request("/login"), attempt)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> basicToken(String username, String password, int attempt) {
		return http.send(spoofed(http.request("/api/v1/tokens"), attempt)
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"name\":\"brute\"}")));
	}

	private static HttpRequest.Builder spoofed(HttpRequest.Builder request, int attempt) {
		return request.header("X-Forwarded-For", "203.0.113." + attempt)
			.header("X-Real-IP", "198.51.100." + attempt)
			.header("CF-Connecting-IP", "192.0.2." + attempt)
			.header("Forwarded", "for=203.0.113." + attempt);
	}

	private static void assertRetryAfter(HttpResponse<String> response) {
		String retryAfter = response.headers().firstValue("Retry-After").orElseThrow();
		assertThat(Long.parseLong(retryAfter)).isBetween(1L, 30L);
	}

	private List<JsonNode> auditOf(String actor, String action) {
		JsonNode page = Http.json(
				http.get("/api/v1/audit-events?size=100&actor=" + actor + "&action=" + action, admin).body());
		return page.get("items").valueStream().toList();
	}

	private HttpResponse<String> switchLanguage(String redirect) {
		return new Http(port).submit("/login", "/preferences/language", "lang", "en", "redirect", redirect);
	}

	private static HttpResponse<String> postForm(Http browser, String path, String body) {
		return browser.send(browser.request(path)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)));
	}

	/** The local part (path and query) of a redirect, after checking it stays on this server. */
	private String local(String location) {
		URI resolved = URI.create(http.base() + "/").resolve(location);
		assertThat(resolved.getHost()).as(location).isEqualTo("localhost");
		assertThat(resolved.getPort()).as(location).isEqualTo(port);
		return resolved.getRawPath() + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery());
	}

	private void assertRedirect(HttpResponse<String> response, String path) {
		assertThat(response.statusCode()).as(response.body()).isIn(302, 303);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(URI.create(http.base() + "/").resolve(location).getPath()).as(location).isEqualTo(path);
		local(location);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
