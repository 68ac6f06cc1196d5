package io.kairos.identity;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
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

/** Optimistic locking over HTTP: the ETag is the version, and a PATCH naming an old one is refused with 412. */
@KairosIntegrationTest
class UserVersioningIntegrationTests {

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
	void readingAUserGivesItsVersionAsETag() {
		Account user = StaffAccounts.create(http, "etag", "AGENT");

		HttpResponse<String> response = http.get("/api/v1/users/" + user.id(), admin);

		assertThat(response.statusCode()).isEqualTo(200);
		long version = Http.json(response.body()).get("version").asLong();
		assertThat(response.headers().firstValue("ETag")).contains("\"" + version + "\"");
	}

	@Test
	void patchWithTheCurrentETagIsApplied() {
		Account user = StaffAccounts.create(http, "etag-ok", "AGENT");
		HttpResponse<String> read = http.get("/api/v1/users/" + user.id(), admin);
		String etag = read.headers().firstValue("ETag").orElseThrow();
		long version = Http.json(read.body()).get("version").asLong();

		HttpResponse<String> patched = patch(user.id(), etag, "{\"displayName\":\"Renamed once\"}");

		assertThat(patched.statusCode()).isEqualTo(200);
		assertThat(patched.headers().firstValue("ETag")).contains("\"" + (version + 1) + "\"");
		JsonNode reread = Http.json(http.get("/api/v1/users/" + user.id(), admin).body());
		assertThat(reread.get("displayName").asString()).isEqualTo("Renamed once");
		assertThat(reread.get("version").asLong()).isEqualTo(version + 1);
	}

	// L-03: a write based on what someone read before another change is refused, not applied over it
	@Test
	void patchWithAnOldETagIsPreconditionFailedAndChangesNothing() {
		Account user = StaffAccounts.create(http, "etag-old", "AGENT");
		String oldETag = http.get("/api/v1/users/" + user.id(), admin).headers().firstValue("ETag").orElseThrow();
		assertThat(patch(user.id(), oldETag, "{\"displayName\":\"First writer\"}").statusCode()).isEqualTo(200);
		JsonNode before = Http.json(http.get("/api/v1/users/" + user.id(), admin).body());

		HttpResponse<String> stale = patch(user.id(), oldETag,
				"{\"displayName\":\"Second writer\",\"email\":\"second@kairos.example\",\"roles\":[\"SUPERVISOR\"]}");

		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = Http.json(stale.body());
		assertThat(problem.get("status").asInt()).isEqualTo(412);
		assertThat(problem.get("requestId").asString()).isNotBlank();
		assertThat(Http.json(http.get("/api/v1/users/" + user.id(), admin).body())).isEqualTo(before);
	}

	@Test
	void patchWithAnETagThatIsNotOursIsPreconditionFailed() {
		Account user = StaffAccounts.create(http, "etag-bad", "AGENT");
		JsonNode before = Http.json(http.get("/api/v1/users/" + user.id(), admin).body());

		for (String ifMatch : List.of("\"999\"", "garbage", "\"abc\"", "W/\"999\"")) {
			assertThat(patch(user.id(), ifMatch, "{\"displayName\":\"Nope\"}").statusCode()).as(ifMatch).isEqualTo(412);
		}
		assertThat(Http.json(http.get("/api/v1/users/" + user.id(), admin).body())).isEqualTo(before);
	}

	// L-03 (light): two writers race, each PATCHing with If-Match of what it read. No write is lost silently.
	@Test
	void racingWritersNeverOverwriteEachOther() throws Exception {
		Account user = StaffAccounts.create(http, "race", "AGENT");
		long initialVersion = Http.json(http.get("/api/v1/users/" + user.id(), admin).body()).get("version").asLong();
		List<HttpResponse<String>> responses = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> writers = new ArrayList<>();
		for (String writer : List.of("A", "B")) {
			writers.add(pool.submit(() -> {
				start.await();
				for (int i = 0; i < 50; i++) {
					String etag = http.get("/api/v1/users/" + user.id(), admin).headers().firstValue("ETag").orElseThrow();
					responses.add(patch(user.id(), etag, "{\"displayName\":\"Writer " + writer + " #" + i + "\"}"));
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> writer : writers) {
			writer.get(120, TimeUnit.SECONDS);
		}
		pool.shutdown();

		assertThat(responses).hasSize(100);
		assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(200, 412));
		List<JsonNode> applied = responses.stream()
			.filter(r -> r.statusCode() == 200)
			.map(r -> Http.json(r.body()))
			.sorted(Comparator.comparingLong(body -> body.get("version").asLong()))
			.toList();
		assertThat(applied).isNotEmpty();
		assertThat(applied).extracting(body -> body.get("version").asLong())
			.as("every applied change made a version of its own")
			.doesNotHaveDuplicates();
		JsonNode last = Http.json(http.get("/api/v1/users/" + user.id(), admin).body());
		assertThat(last.get("version").asLong()).isEqualTo(initialVersion + applied.size());
		assertThat(last.get("displayName").asString())
			.isEqualTo(applied.get(applied.size() - 1).get("displayName").asString());
		assertThat(auditedUpdates(user.id())).as("the history lists every applied change").isEqualTo(applied.size());
	}

	private int auditedUpdates(long userId) {
		int count = 0;
		String cursor = "";
		do {
			JsonNode page = Http.json(http.get("/api/v1/audit-events?action=user.updated&subjectType=staff_user"
					+ "&subjectId=" + userId + "&size=100" + (cursor.isEmpty() ? "" : "&cursor=" + cursor), admin)
				.body());
			count += page.get("items").size();
			JsonNode next = page.path("nextCursor");
			cursor = next.isNull() || next.isMissingNode() ? "" : next.asString();
		}
		while (!cursor.isEmpty());
		return count;
	}

	private HttpResponse<String> patch(long id, String ifMatch, String json) {
		return http.send(http.request("/api/v1/users/" + id)
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.header("If-Match", ifMatch)
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

}
