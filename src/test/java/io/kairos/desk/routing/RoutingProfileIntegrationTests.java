package io.kairos.desk.routing;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import io.kairos.test.StaffAccounts.Account;
import tools.jackson.databind.JsonNode;

import static io.kairos.desk.routing.RoutingTestData.put;
import static org.assertj.core.api.Assertions.assertThat;

/** Routing profiles: who may change what, validation, If-Match; the availability and team load pages. */
@KairosIntegrationTest
class RoutingProfileIntegrationTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void aNewProfileIsOfflineWithTheDefaultCapacityAndAnAgentChangesOnlyTheirOwnAvailability() {
		Account agent = StaffAccounts.create(http, "prof", "AGENT");
		Account colleague = StaffAccounts.create(http, "prof-other", "AGENT");
		String token = DeskTestData.token(http, agent.username());
		String path = "/api/v1/agents/" + agent.id() + "/routing-profile";

		HttpResponse<String> fresh = http.get(path, token);
		assertThat(fresh.statusCode()).isEqualTo(200);
		JsonNode profile = Http.json(fresh.body());
		assertThat(profile.get("availability").asString()).isEqualTo("OFFLINE");
		assertThat(profile.get("capacity").asInt()).isEqualTo(10);
		assertThat(profile.get("version").asLong()).isZero();
		assertThat(fresh.headers().firstValue("ETag")).contains("\"0\"");

		HttpResponse<String> available = put(http, path, token, "{\"availability\":\"AVAILABLE\"}", "If-Match", "\"0\"");
		assertThat(available.statusCode()).as(available.body()).isEqualTo(200);
		assertThat(Http.json(available.body()).get("availability").asString()).isEqualTo("AVAILABLE");
		assertThat(put(http, path, token, "{\"availability\":\"AWAY\"}", "If-Match", "\"0\"").statusCode())
			.as("a stale version").isEqualTo(412);
		assertThat(put(http, path, token, "{\"capacity\":50}").statusCode()).isEqualTo(403);
		assertThat(put(http, path, token, "{\"vipCertified\":true,\"availability\":\"AWAY\"}").statusCode()).isEqualTo(403);
		assertThat(put(http, "/api/v1/agents/" + colleague.id() + "/routing-profile", token,
				"{\"availability\":\"AVAILABLE\"}").statusCode()).isEqualTo(403);
		assertThat(Http.json(http.get(path, token).body()).get("capacity").asInt()).isEqualTo(10);
		assertThat(http.get("/api/v1/agents/987654321/routing-profile", token).statusCode()).isEqualTo(404);
	}

	@Test
	void aSupervisorChangesTheProfilesOfTheirTeamOnlyAndBadSkillsAreRefusedNamingTheField() {
		Account agent = StaffAccounts.create(http, "sup-member", "AGENT");
		Account supervisor = StaffAccounts.create(http, "sup", "SUPERVISOR");
		Account elsewhere = StaffAccounts.create(http, "sup-else", "SUPERVISOR");
		RoutingTestData.team(http, "MANUAL", agent, supervisor);
		RoutingTestData.team(http, "MANUAL", elsewhere);
		String path = "/api/v1/agents/" + agent.id() + "/routing-profile";

		HttpResponse<String> changed = put(http, path, DeskTestData.token(http, supervisor.username()), """
				{"languages":["ZH","yue"],"products":["billing"],"vipCertified":true,"capacity":6}""");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		JsonNode profile = Http.json(changed.body());
		assertThat(profile.get("languages").toString()).isEqualTo("[\"yue\",\"zh\"]");
		assertThat(profile.get("products").toString()).isEqualTo("[\"billing\"]");
		assertThat(profile.get("vipCertified").asBoolean()).isTrue();
		assertThat(profile.get("capacity").asInt()).isEqualTo(6);

		assertThat(put(http, path, DeskTestData.token(http, elsewhere.username()), "{\"capacity\":7}").statusCode())
			.isEqualTo(403);
		String admin = StaffAccounts.adminToken(http);
		assertRefused(put(http, path, admin, "{\"languages\":[\"chinese!\"]}"), "languages");
		assertRefused(put(http, path, admin, "{\"products\":[\"no-such-category\"]}"), "products");
		assertRefused(put(http, path, admin, "{\"capacity\":-1}"), "capacity");
		assertRefused(put(http, path, admin, "{\"availability\":\"BUSY\"}"), "availability");
		assertThat(Http.json(http.get(path, admin).body()).get("capacity").asInt()).isEqualTo(6);

		assertThat(put(http, "/api/v1/teams/1/assignment-mode", DeskTestData.token(http, supervisor.username()),
				"{\"assignmentMode\":\"MANUAL\"}").statusCode()).as("desk admins only").isEqualTo(403);
		assertThat(http.get("/api/v1/teams/1/load", DeskTestData.token(http, agent.username())).statusCode())
			.as("supervisors only").isEqualTo(403);
	}

	@Test
	void anAgentSetsTheirAvailabilityOnTheirPageAndASupervisorSeesAndSetsItOnTheTeamLoadPage() {
		Account agent = StaffAccounts.create(http, "page-agent", "AGENT");
		Account supervisor = StaffAccounts.create(http, "page-sup", "SUPERVISOR");
		long team = RoutingTestData.team(http, "ROUND_ROBIN", agent, supervisor);

		assertThat(http.login(agent.username(), StaffAccounts.PASSWORD).statusCode()).isEqualTo(302);
		HttpResponse<String> page = http.send(http.request("/desk/availability").header("Accept-Language", "en").GET());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("My availability").contains("0 of 10");
		HttpResponse<String> saved = http.submit("/desk/availability", "/desk/availability", "availability", "AWAY",
				"version", version(page.body()));
		assertThat(saved.statusCode()).isEqualTo(302);
		String token = DeskTestData.token(http, agent.username());
		assertThat(Http.json(http.get("/api/v1/agents/" + agent.id() + "/routing-profile", token).body())
			.get("availability").asString()).isEqualTo("AWAY");
		HttpResponse<String> chinese = http.send(http.request("/desk/availability").header("Accept-Language", "zh-CN").GET());
		assertThat(chinese.body()).contains("我的在线状态").contains("暂离");
		assertThat(http.send(http.request("/desk/teams/" + team + "/load").GET()).statusCode()).isEqualTo(403);

		Http supervisorBrowser = new Http(port);
		supervisorBrowser.login(supervisor.username(), StaffAccounts.PASSWORD);
		HttpResponse<String> load = supervisorBrowser.send(supervisorBrowser.request("/desk/teams/" + team + "/load")
			.header("Accept-Language", "en").GET());
		assertThat(load.statusCode()).isEqualTo(200);
		assertThat(load.body()).contains("Round robin").contains("Test " + agent.username()).contains("0 of 10");
		assertThat(load.body()).doesNotContain("id=\"mode-form\"");
		HttpResponse<String> set = supervisorBrowser.submit("/desk/teams/" + team + "/load",
				"/desk/teams/" + team + "/load/availability", "staffId", String.valueOf(agent.id()), "availability",
				"AVAILABLE");
		assertThat(set.statusCode()).isEqualTo(302);
		assertThat(Http.json(http.get("/api/v1/agents/" + agent.id() + "/routing-profile", token).body())
			.get("availability").asString()).isEqualTo("AVAILABLE");
		HttpResponse<String> noCsrf = supervisorBrowser.send(supervisorBrowser.request("/desk/teams/" + team + "/load/availability")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("staffId=" + agent.id() + "&availability=OFFLINE")));
		assertThat(noCsrf.statusCode()).isEqualTo(403);

		Http adminBrowser = new Http(port);
		adminBrowser.login(StaffAccounts.admin(http).username(), StaffAccounts.PASSWORD);
		HttpResponse<String> mode = adminBrowser.submit("/desk/teams/" + team + "/load",
				"/desk/teams/" + team + "/assignment-mode", "assignmentMode", "LEAST_LOADED");
		assertThat(mode.statusCode()).isEqualTo(302);
		assertThat(Http.json(http.get("/api/v1/teams/" + team + "/load", StaffAccounts.adminToken(http)).body())
			.get("assignmentMode").asString()).isEqualTo("LEAST_LOADED");
	}

	private static String version(String page) {
		Matcher matcher = VERSION.matcher(page);
		assertThat(matcher.find()).as("the form carries the profile's version").isTrue();
		return matcher.group(1);
	}

	private static void assertRefused(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(Http.json(response.body()).findValuesAsString("field")).as(response.body()).contains(field);
		assertThat(response.body()).doesNotContain("Exception");
	}

}
