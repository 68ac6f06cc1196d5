package io.kairos.identity;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.KairosApplication;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance: two app instances on different ports against one database: a sign-in made on one is valid on the
 * other, and a sign-out on either ends it on both. Node A is the application under test; node B is a second
 * instance started in this JVM with node A's datasource (H2 in memory, or PostgreSQL with {@code -Ppostgres}).
 */
@KairosIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeSessionIntegrationTests {

	static final String PASSWORD = "two-node-password";

	@LocalServerPort
	int portA;

	@Autowired
	Environment environmentA;

	@Autowired
	JdbcClient jdbc;

	ConfigurableApplicationContext nodeB;

	int portB;

	@BeforeAll
	void startNodeB() {
		// Command-line arguments, because they outrank application.properties (server.port=8080).
		nodeB = new SpringApplicationBuilder(KairosApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + environmentA.getRequiredProperty("spring.datasource.url"),
					"--spring.datasource.username=" + environmentA.getProperty("spring.datasource.username", ""),
					"--spring.datasource.password=" + environmentA.getProperty("spring.datasource.password", ""));
		portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
	}

	@AfterAll
	void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@Test
	void nodesAreTwoServersOnOneDatabase() {
		assertThat(portB).isPositive().isNotEqualTo(portA);
		assertThat(nodeB.getEnvironment().getProperty("spring.datasource.url"))
			.isEqualTo(environmentA.getProperty("spring.datasource.url"));
	}

	@Test
	void signInOnOneNodeIsValidOnTheOtherUntilSignedOut() {
		String username = createUser();
		Http nodeA = new Http(portA);
		HttpResponse<String> signIn = nodeA.login(username, PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
		String session = nodeA.sessionId();
		assertThat(session).isNotBlank();
		assertThat(sessionRows(username)).as("the session is stored in spring_session").isEqualTo(1);
		assertSignedIn(nodeA.get("/", null));

		Http stranger = new Http(portB);
		assertRedirectedToLogin(stranger.get("/", null));

		Http carried = new Http(portB);
		carried.cookies().getCookieStore().add(URI.create(carried.base()), sessionCookie(session));
		assertSignedIn(carried.get("/", null));

		HttpResponse<String> signOut = carried.submit("/", "/logout");
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?logout"));
		assertThat(sessionRows(username)).as("the session is gone from spring_session").isZero();

		Http replay = new Http(portA);
		replay.cookies().getCookieStore().add(URI.create(replay.base()), sessionCookie(session));
		assertRedirectedToLogin(replay.get("/", null));
		assertRedirectedToLogin(nodeA.get("/", null));
	}

	private void assertSignedIn(HttpResponse<String> home) {
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Two Node 双节点");
	}

	private static void assertRedirectedToLogin(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
	}

	private static HttpCookie sessionCookie(String value) {
		HttpCookie cookie = new HttpCookie("KAIROS_SESSION", value);
		cookie.setPath("/");
		cookie.setVersion(0);
		return cookie;
	}

	private long sessionRows(String username) {
		return jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	/** A user of its own, so that no other test's sessions are counted or ended. */
	private String createUser() {
		String username = "node-" + UUID.randomUUID().toString().substring(0, 8);
		Http http = new Http(portA);
		HttpResponse<String> created = http.postJson("/api/v1/users", http.tokenFor("admin"), """
				{"username":"%s","displayName":"Two Node 双节点","email":null,"password":"%s","roles":["SUPERVISOR"],"language":null}"""
			.formatted(username, PASSWORD));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return username;
	}

}
