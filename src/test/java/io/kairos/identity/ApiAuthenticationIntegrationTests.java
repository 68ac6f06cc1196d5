package io.kairos.identity;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** Acceptance: 401 without or with a revoked token, 403 for a role lacking the permission, 200 otherwise. */
@KairosIntegrationTest
class ApiAuthenticationIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void noTokenIsUnauthorizedWithAProblem() {
		HttpResponse<String> response = http.get("/api/v1/users", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(Http.json(response.body()).get("status").asInt()).isEqualTo(401);
		assertThat(Http.json(response.body()).get("requestId").asString()).isNotBlank();
	}

	@Test
	void unknownTokenIsUnauthorized() {
		assertThat(http.get("/api/v1/me", "kai_not-a-real-token").statusCode()).isEqualTo(401);
	}

	@Test
	void revokedTokenIsUnauthorized() {
		String token = http.tokenFor("supervisor");
		assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(200);
		long id = Http.json(http.get("/api/v1/tokens", token).body()).get(0).get("id").asLong();

		HttpResponse<String> revoked = http.send(http.request("/api/v1/tokens/" + id)
			.header("Authorization", "Bearer " + token)
			.DELETE());

		assertThat(revoked.statusCode()).isEqualTo(204);
		assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(401);
	}

	@Test
	void roleWithoutPermissionIsForbidden() {
		String agent = http.tokenFor("agent");

		HttpResponse<String> response = http.get("/api/v1/users", agent);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(http.get("/api/v1/audit-events", agent).statusCode()).isEqualTo(403);
	}

	@Test
	void roleWithPermissionIsServed() {
		String admin = http.tokenFor("admin");

		assertThat(http.get("/api/v1/users", admin).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/audit-events", admin).statusCode()).isEqualTo(200);
	}

	/** A checked token is remembered for a few seconds; a change to its owner must still count on the next call. */
	@Test
	void aRoleChangeOrADisabledOwnerCountsOnTheNextCallRightAfterAServedOne() {
		String admin = StaffAccounts.adminToken(http);
		StaffAccounts.Account owner = StaffAccounts.createWith(http, admin, "token-owner", "ADMIN");
		String token = http.tokenFor(owner.username(), StaffAccounts.PASSWORD);
		assertThat(http.get("/api/v1/users", token).statusCode()).isEqualTo(200);

		assertThat(patchUser(admin, owner.id(), "{\"roles\":[\"AGENT\"]}").statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/users", token).statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(200);

		assertThat(patchUser(admin, owner.id(), "{\"enabled\":false}").statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> patchUser(String admin, long id, String json) {
		return http.send(http.request("/api/v1/users/" + id)
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	@Test
	void wrongPasswordGetsNoToken() {
		HttpResponse<String> response = http.send(http.request("/api/v1/tokens")
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("manager:wrong-password".getBytes()))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));

		assertThat(response.statusCode()).isEqualTo(401);
	}

}
