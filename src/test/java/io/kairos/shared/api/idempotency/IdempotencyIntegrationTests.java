package io.kairos.shared.api.idempotency;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
 * Acceptance for Idempotency-Key on creates (L-02, IETF Idempotency-Key draft): one key, one effect, one
 * stored answer; a key reused for another body is 422; keys belong to the caller who sent them.
 */
@KairosIntegrationTest
class IdempotencyIntegrationTests {

	private static final String REPLAYED = "Idempotent-Replayed";

	@LocalServerPort
	int port;

	Http http;

	String admin;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@BeforeEach
	void client() {
		http = new Http(port);
		admin = StaffAccounts.adminToken(http);
	}

	// L-02: twenty copies of one create at the same moment make exactly one user
	@Test
	void concurrentCopiesOfOneCreateMakeOneUser() throws Exception {
		String username = StaffAccounts.unique("idem");
		String key = StaffAccounts.unique("key");
		String body = newUser(username, "Once Only");

		List<HttpResponse<String>> responses = all(20, () -> create(admin, key, body));

		List<HttpResponse<String>> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
		assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(201, 409));
		assertThat(created).isNotEmpty();
		long id = Http.json(created.get(0).body()).get("id").asLong();
		assertThat(created).allSatisfy(r -> assertThat(Http.json(r.body()).get("id").asLong()).isEqualTo(id));
		assertThat(created.stream().filter(r -> r.headers().firstValue(REPLAYED).isEmpty()))
			.as("exactly one response comes from running the create").hasSize(1);
		assertThat(responses.stream().filter(r -> r.statusCode() == 409)).allSatisfy(conflict -> {
			assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(conflict.headers().firstValue("Retry-After")).isPresent();
		});
		assertThat(usersNamed(username)).singleElement()
			.satisfies(user -> assertThat(user.get("id").asLong()).isEqualTo(id));
	}

	// A retry after the first answer came back gets that very answer again, marked as a replay
	@Test
	void retryAfterCompletionReplaysTheStoredAnswer() {
		String username = StaffAccounts.unique("replay");
		String key = StaffAccounts.unique("key");
		String body = newUser(username, "Replayed");

		HttpResponse<String> first = create(admin, key, body);
		HttpResponse<String> retry = create(admin, key, body);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(first.headers().firstValue(REPLAYED)).isEmpty();
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(retry.headers().firstValue(REPLAYED)).contains("true");
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(retry.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(usersNamed(username)).hasSize(1);
	}

	// Past its retention a key is free again: the next request with it runs, whatever its body
	@Test
	void anExpiredKeyIsUsedAgainByTheNextRequest() {
		String key = StaffAccounts.unique("key");
		String first = StaffAccounts.unique("expired");
		assertThat(create(admin, key, newUser(first, "Before")).statusCode()).isEqualTo(201);
		jdbc.sql("update idempotency_record set expires_at = created_at where idempotency_key = :key")
			.param("key", key)
			.update();

		String second = StaffAccounts.unique("fresh");
		HttpResponse<String> again = create(admin, key, newUser(second, "After"));

		assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
		assertThat(again.headers().firstValue(REPLAYED)).isEmpty();
		assertThat(usersNamed(second)).hasSize(1);
		assertThat(create(admin, key, newUser(second, "After")).headers().firstValue(REPLAYED)).contains("true");
	}

	// L-02: the same key with another body is refused with 422, and the other body has no effect
	// A new token's secret is shown once and kept only as a hash: never in the idempotency store
	@Test
	void answersCarryingASecretAreNotStored() {
		String key = "token-" + System.nanoTime();
		HttpResponse<String> first = http.postJson("/api/v1/tokens", admin, "{\"name\":\"idem\"}", "Idempotency-Key", key);
		HttpResponse<String> second = http.postJson("/api/v1/tokens", admin, "{\"name\":\"idem\"}", "Idempotency-Key",
				key);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(201);
		String secret = Http.json(first.body()).get("token").asString();
		assertThat(Http.json(second.body()).get("token").asString()).isNotEqualTo(secret);
		assertThat(jdbc.sql("select count(*) from idempotency_record where response_body like :secret")
			.param("secret", "%" + secret + "%")
			.query(Long.class)
			.single()).isZero();
		for (String body : List.of(first.body(), second.body())) {
			long id = Http.json(body).get("id").asLong();
			http.send(http.request("/api/v1/tokens/" + id).header("Authorization", "Bearer " + admin).DELETE());
		}
	}

	@Test
	void sameKeyWithAnotherBodyIsUnprocessable() {
		String key = StaffAccounts.unique("key");
		String username = StaffAccounts.unique("first");
		String other = StaffAccounts.unique("other");
		assertThat(create(admin, key, newUser(username, "First")).statusCode()).isEqualTo(201);

		HttpResponse<String> reused = create(admin, key, newUser(other, "Other"));

		assertThat(reused.statusCode()).isEqualTo(422);
		assertThat(reused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(Http.json(reused.body()).get("requestId").asString()).isNotBlank();
		assertThat(usersNamed(other)).isEmpty();
	}

	@Test
	void invalidKeyIsRefused() {
		for (String key : List.of("k".repeat(300), "has space", "tab\tinside")) {
			String username = StaffAccounts.unique("badkey");

			HttpResponse<String> response = create(admin, key, newUser(username, "Bad key"));

			assertThat(response.statusCode()).as(key).isEqualTo(400);
			assertThat(Http.json(response.body()).get("detail").asString()).as(key).isNotBlank();
			assertThat(usersNamed(username)).as(key).isEmpty();
		}
		String longest = StaffAccounts.unique("k") + "k".repeat(170);
		assertThat(create(admin, longest, newUser(StaffAccounts.unique("okkey"), "Longest key")).statusCode())
			.isEqualTo(201);
	}

	// Keys are scoped to the caller: another admin's identical key neither replays nor collides
	@Test
	void keysBelongToTheirCaller() {
		Account second = StaffAccounts.create(http, "admin-two", "ADMIN");
		String secondToken = http.tokenFor(second.username(), StaffAccounts.PASSWORD);
		String key = StaffAccounts.unique("shared-key");
		String otherKey = StaffAccounts.unique("shared-key");
		String username = StaffAccounts.unique("scoped");
		String mineOnly = StaffAccounts.unique("scoped-mine");
		String theirs = StaffAccounts.unique("scoped-theirs");
		assertThat(create(admin, key, newUser(username, "Mine")).statusCode()).isEqualTo(201);
		HttpResponse<String> mine = create(admin, otherKey, newUser(mineOnly, "Mine only"));
		assertThat(mine.statusCode()).isEqualTo(201);

		HttpResponse<String> sameKeySameBody = create(secondToken, key, newUser(username, "Mine"));
		HttpResponse<String> sameKeyOtherBody = create(secondToken, otherKey, newUser(theirs, "Theirs"));

		assertThat(sameKeySameBody.headers().firstValue(REPLAYED)).isEmpty();
		assertThat(sameKeySameBody.statusCode()).as("the create ran again, and found the name taken").isEqualTo(409);
		assertThat(Http.json(sameKeySameBody.body()).get("errors").get(0).get("field").asString()).isEqualTo("username");
		assertThat(sameKeyOtherBody.statusCode()).as("not 422: the first admin's key is not this caller's").isEqualTo(201);
		assertThat(sameKeyOtherBody.headers().firstValue(REPLAYED)).isEmpty();
		assertThat(Http.json(sameKeyOtherBody.body()).get("id").asLong())
			.isNotEqualTo(Http.json(mine.body()).get("id").asLong());
		assertThat(usersNamed(username)).hasSize(1);
		assertThat(usersNamed(theirs)).hasSize(1);
	}

	// L-02 (scaled down): ten clients each send their create twice at once; five reuse a key for another body
	@Test
	void retryStormCreatesEachUserOnce() throws Exception {
		String prefix = StaffAccounts.unique("storm");
		List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String key = prefix + "-key-" + i;
			String body = newUser(prefix + "-" + i, "Storm " + i);
			calls.add(() -> create(admin, key, body));
			calls.add(() -> create(admin, key, body));
		}

		List<HttpResponse<String>> responses = all(calls);
		List<HttpResponse<String>> reused = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			reused.add(create(admin, prefix + "-key-" + i, newUser(prefix + "-changed-" + i, "Changed")));
		}

		assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(201, 409));
		assertThat(reused).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(422));
		List<JsonNode> stormUsers = usersNamedLike(prefix);
		assertThat(stormUsers).extracting(user -> user.get("username").asString())
			.containsExactlyInAnyOrder(java.util.stream.IntStream.range(0, 10)
				.mapToObj(i -> prefix + "-" + i)
				.toArray(String[]::new));
	}

	private HttpResponse<String> create(String token, String key, String body) {
		return http.postJson("/api/v1/users", token, body, "Idempotency-Key", key);
	}

	private static String newUser(String username, String displayName) {
		return "{\"username\":\"" + username + "\",\"displayName\":\"" + displayName
				+ "\",\"password\":\"Long-enough-1\",\"roles\":[\"AGENT\"]}";
	}

	private List<JsonNode> usersNamed(String username) {
		return usersNamedLike(username).stream().filter(user -> user.get("username").asString().equals(username)).toList();
	}

	private List<JsonNode> usersNamedLike(String text) {
		HttpResponse<String> response = http.get(
				"/api/v1/users?size=100&q=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8), admin);
		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> users = new ArrayList<>();
		Http.json(response.body()).get("items").forEach(users::add);
		return users;
	}

	private static List<HttpResponse<String>> all(int copies, Callable<HttpResponse<String>> call) throws Exception {
		List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < copies; i++) {
			calls.add(call);
		}
		return all(calls);
	}

	/** Runs the calls on their own threads, released together by a start gate. */
	private static List<HttpResponse<String>> all(List<Callable<HttpResponse<String>>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			CountDownLatch ready = new CountDownLatch(calls.size());
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (Callable<HttpResponse<String>> call : calls) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					start.await();
					return call.call();
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				responses.add(future.get(60, TimeUnit.SECONDS));
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
