package io.kairos.shared.api;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
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
 * The conventions every API endpoint shares: JSON only, unknown fields refused, bodies capped, and every
 * error an RFC 9457 problem in the caller's language that gives nothing of the implementation away.
 */
@KairosIntegrationTest
class ApiConventionsIntegrationTests {

	/** Words that betray a stack trace, SQL or class names in an error body. */
	static final List<String> LEAKS = List.of("Exception", "at io.", "java.", "SQL", "org.springframework");

	private static final int TWO_MB = 2 * 1024 * 1024;

	@LocalServerPort
	int port;

	Http http;

	String admin;

	@BeforeEach
	void client() {
		http = new Http(port);
		admin = StaffAccounts.adminToken(http);
	}

	// B-05: malformed JSON is the caller's mistake, never a 500
	@Test
	void malformedJsonIsBadRequest() {
		String username = StaffAccounts.unique("malformed");

		HttpResponse<String> response = http.postJson("/api/v1/users", admin,
				"{\"username\":\"" + username + "\",\"displayName\":", "Accept-Language", "en");

		JsonNode problem = assertProblem(response, 400);
		assertThat(problem.get("detail").asString()).isEqualTo("The request body is not valid JSON.");
		assertNoUser(username);
	}

	// B-04: an unknown field is refused with 400 naming the field
	@Test
	void unknownFieldIsRefusedAndNamed() {
		String username = StaffAccounts.unique("unknown");

		HttpResponse<String> response = http.postJson("/api/v1/users", admin, newUser(username, "\"nickname\":\"x\""),
				"Accept-Language", "en");

		JsonNode problem = assertProblem(response, 400);
		assertThat(problem.get("detail").asString()).contains("nickname");
		assertThat(fields(problem)).containsExactly("nickname");
		assertNoUser(username);
	}

	// B-04: server-owned fields on create are refused and nothing is created
	@Test
	void serverOwnedFieldsOnCreateCreateNothing() {
		Map<String, String> extras = new LinkedHashMap<>();
		extras.put("id", "\"id\":1");
		extras.put("version", "\"version\":7");
		extras.put("createdAt", "\"createdAt\":\"2000-01-01T00:00:00Z\"");
		extras.put("role", "\"role\":\"ADMIN\"");
		extras.put("enabled", "\"enabled\":false");
		extras.put("passwordHash", "\"passwordHash\":\"{noop}x\"");
		SoftAssertions softly = new SoftAssertions();
		extras.forEach((field, json) -> {
			String username = StaffAccounts.unique("extra");
			HttpResponse<String> response = http.postJson("/api/v1/users", admin, newUser(username, json));
			softly.assertThat(response.statusCode()).as(field).isEqualTo(400);
			softly.assertThat(fields(Http.json(response.body()))).as(field).containsExactly(field);
			softly.assertThat(usersNamed(username)).as(field).isEmpty();
		});
		softly.assertAll();
	}

	// B-04: server-owned fields on PATCH are refused; re-reading shows nothing changed, not even the password
	@Test
	void serverOwnedFieldsOnPatchChangeNothing() {
		Account user = StaffAccounts.create(http, "patch-extra", "AGENT");
		JsonNode before = Http.json(http.get("/api/v1/users/" + user.id(), admin).body());
		Map<String, String> extras = new LinkedHashMap<>();
		extras.put("id", "\"id\":1");
		extras.put("version", "\"version\":99");
		extras.put("createdAt", "\"createdAt\":\"2000-01-01T00:00:00Z\"");
		extras.put("role", "\"role\":\"ADMIN\"");
		extras.put("password", "\"password\":\"Another-password-1\"");
		extras.put("username", "\"username\":\"admin\"");
		SoftAssertions softly = new SoftAssertions();
		extras.forEach((field, json) -> {
			HttpResponse<String> response = patch("/api/v1/users/" + user.id(),
					"{\"displayName\":\"Hijacked\",\"roles\":[\"ADMIN\"]," + json + "}");
			softly.assertThat(response.statusCode()).as(field).isEqualTo(400);
			softly.assertThat(fields(Http.json(response.body()))).as(field).containsExactly(field);
		});
		softly.assertAll();

		JsonNode after = Http.json(http.get("/api/v1/users/" + user.id(), admin).body());
		assertThat(after).isEqualTo(before);
		assertThat(after.get("roles").values()).extracting(JsonNode::asString).containsExactly("AGENT");
		assertThat(basicTokenStatus(user.username(), StaffAccounts.PASSWORD)).isEqualTo(201);
		assertThat(basicTokenStatus(user.username(), "Another-password-1")).isEqualTo(401);
	}

	// B-05: a body that is not JSON gets 415, on create and on PATCH
	@Test
	void wrongContentTypeIsUnsupported() {
		String username = StaffAccounts.unique("xml");
		Account user = StaffAccounts.create(http, "ctype", "AGENT");

		HttpResponse<String> plain = send("POST", "/api/v1/users", "text/plain", newUser(username, null));
		HttpResponse<String> xml = send("POST", "/api/v1/users", "application/xml",
				"<user><username>" + username + "</username></user>");
		HttpResponse<String> patch = send("PATCH", "/api/v1/users/" + user.id(), "application/xml",
				"<user><displayName>x</displayName></user>");

		assertProblem(plain, 415);
		assertProblem(xml, 415);
		assertProblem(patch, 415);
		assertNoUser(username);
		assertThat(Http.json(http.get("/api/v1/users/" + user.id(), admin).body()).get("displayName").asString())
			.isEqualTo("Test " + user.username());
	}

	// B-05: a body over the limit with a declared length is refused with 413 before it is read
	@Test
	void oversizedBodyWithContentLengthIsTooLarge() {
		String username = StaffAccounts.unique("huge");
		String body = newUser(username, "\"padding\":\"" + "a".repeat(TWO_MB) + "\"");

		HttpResponse<String> response = http.send(http.request("/api/v1/users")
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(body)));

		assertProblem(response, 413);
		assertNoUser(username);
	}

	// B-05: a chunked body (no Content-Length) that grows past the limit is cut off with 413 while streaming
	@Test
	void oversizedChunkedBodyIsTooLarge() {
		String username = StaffAccounts.unique("chunked");

		HttpResponse<String> response = http.send(http.request("/api/v1/users")
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(chunkedUser(username)));

		assertProblem(response, 413);
		assertNoUser(username);
	}

	// B-05: the same with an Idempotency-Key, whose filter reads the body itself
	@Test
	void oversizedChunkedBodyWithIdempotencyKeyIsTooLarge() {
		String username = StaffAccounts.unique("chunked-key");

		HttpResponse<String> response = http.send(http.request("/api/v1/users")
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", StaffAccounts.unique("key"))
			.POST(chunkedUser(username)));

		assertProblem(response, 413);
		assertNoUser(username);
	}

	// Errors speak the caller's language (Accept-Language zh-CN or en): titles, details and field messages
	@Test
	void problemsSpeakTheCallersLanguage() {
		String malformed = "{\"username\":";
		JsonNode zh = assertProblem(http.postJson("/api/v1/users", admin, malformed, "Accept-Language", "zh-CN"), 400);
		JsonNode en = assertProblem(http.postJson("/api/v1/users", admin, malformed, "Accept-Language", "en"), 400);
		assertThat(zh.get("title").asString()).isEqualTo("请求有误");
		assertThat(zh.get("detail").asString()).isEqualTo("请求体不是有效的 JSON。");
		assertThat(en.get("title").asString()).isEqualTo("Bad request");
		assertThat(en.get("detail").asString()).isEqualTo("The request body is not valid JSON.");

		String invalid = "{\"username\":\"\",\"displayName\":\"x\",\"password\":\"Long-enough-1\",\"roles\":[\"AGENT\"]}";
		JsonNode zhInvalid = assertProblem(http.postJson("/api/v1/users", admin, invalid, "Accept-Language", "zh-CN"),
				400);
		JsonNode enInvalid = assertProblem(http.postJson("/api/v1/users", admin, invalid, "Accept-Language", "en"), 400);
		assertThat(messagesFor(zhInvalid, "username")).contains("必填。");
		assertThat(messagesFor(enInvalid, "username")).contains("Required.");

		JsonNode zhUnknown = assertProblem(http.postJson("/api/v1/users", admin, "{\"nickname\":1}",
				"Accept-Language", "zh-CN"), 400);
		assertThat(messagesFor(zhUnknown, "nickname")).containsExactly("未知字段“nickname”。");

		JsonNode zhNotFound = assertProblem(get("/api/v1/nothing-here", admin, "zh-CN"), 404);
		JsonNode enNotFound = assertProblem(get("/api/v1/nothing-here", admin, "en"), 404);
		assertThat(zhNotFound.get("detail").asString()).isEqualTo("此地址下没有内容。");
		assertThat(enNotFound.get("detail").asString()).isEqualTo("Nothing was found at this address.");

		JsonNode zhAnonymous = assertProblem(get("/api/v1/users", null, "zh-CN"), 401);
		JsonNode enAnonymous = assertProblem(get("/api/v1/users", null, "en-US,en;q=0.9"), 401);
		assertThat(zhAnonymous.get("title").asString()).isEqualTo("未登录");
		assertThat(enAnonymous.get("title").asString()).isEqualTo("Not signed in");
	}

	// B-01/B-05 and the error convention: hostile input gets a 4xx problem with no stack trace, SQL or class name
	@Test
	void noErrorBodyRevealsTheImplementation() {
		Account user = StaffAccounts.create(http, "leak", "AGENT");
		String path = "/api/v1/users/" + user.id();
		JsonNode before = Http.json(http.get(path, admin).body());
		Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
		responses.put("truncated JSON", http.postJson("/api/v1/users", admin, "{\"username\":\"a"));
		responses.put("not JSON at all", http.postJson("/api/v1/users", admin, "username=a&password=b"));
		responses.put("empty body", http.postJson("/api/v1/users", admin, ""));
		responses.put("JSON array", http.postJson("/api/v1/users", admin, "[1,2,3]"));
		responses.put("deep nesting", http.postJson("/api/v1/users", admin, "[".repeat(10_000) + "]".repeat(10_000)));
		responses.put("polymorphic @class", http.postJson("/api/v1/users", admin,
				"{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"id\"]}"));
		responses.put("number overflow", patch(path, "{\"enabled\":1e309}"));
		responses.put("wrong type", patch(path, "{\"roles\":\"ADMIN\"}"));
		responses.put("unknown enum", patch(path, "{\"roles\":[\"ROOT\"]}"));
		responses.put("boolean as text", patch(path, "{\"enabled\":\"yes\"}"));
		responses.put("NUL byte", patch(path, "{\"displayName\":\"a\\u0000b\"}"));
		responses.put("10,000 chars", patch(path, "{\"displayName\":\"" + "x".repeat(10_000) + "\"}"));
		responses.put("bad language", patch(path, "{\"language\":\"fr'; drop table staff_user;--\"}"));
		responses.put("stale If-Match", send("PATCH", path, "application/json", "{\"displayName\":\"y\"}",
				"If-Match", "\"9999\""));
		responses.put("non-numeric id", http.get("/api/v1/users/abc", admin));
		responses.put("overflowing id", http.get("/api/v1/users/99999999999999999999999", admin));
		responses.put("missing id", http.get("/api/v1/users/987654321987", admin));
		responses.put("bad cursor", http.get("/api/v1/users?cursor=!!!not-a-cursor", admin));
		responses.put("numeric cursor of text", http.get("/api/v1/users?cursor=YWJj", admin));
		responses.put("non-numeric size", http.get("/api/v1/users?size=ten", admin));
		responses.put("bad date", http.get("/api/v1/audit-events?from=yesterday", admin));
		responses.put("reversed range",
				http.get("/api/v1/audit-events?from=2030-01-01T00:00:00Z&to=2020-01-01T00:00:00Z", admin));
		responses.put("unknown path", http.get("/api/v1/users/1/secrets", admin));
		responses.put("wrong method", send("PUT", path, "application/json", "{}"));
		responses.put("not acceptable", http.send(http.request("/api/v1/users")
			.header("Authorization", "Bearer " + admin)
			.header("Accept", "application/xml")
			.GET()));
		responses.put("bad token", http.get("/api/v1/me", "kai_' or 1=1 --"));
		responses.put("invalid idempotency key", http.postJson("/api/v1/users", admin, "{}", "Idempotency-Key",
				"x".repeat(300)));

		SoftAssertions softly = new SoftAssertions();
		responses.forEach((name, response) -> {
			softly.assertThat(response.statusCode()).as(name).isBetween(400, 499);
			LEAKS.forEach(leak -> softly.assertThat(response.body()).as(name).doesNotContain(leak));
			if (!response.body().isEmpty()) {
				softly.assertThat(response.headers().firstValue("Content-Type")).as(name)
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
				softly.assertThat(Http.json(response.body()).path("requestId").asString()).as(name).isNotBlank();
			}
		});
		softly.assertAll();
		assertThat(Http.json(http.get(path, admin).body())).isEqualTo(before);
	}

	// Validation: a blank username on create is a 400 with an errors entry for that field
	@Test
	void blankUsernameIsAValidationError() {
		HttpResponse<String> response = http.postJson("/api/v1/users", admin,
				"{\"username\":\" \",\"displayName\":\"Blank\",\"password\":\"Long-enough-1\",\"roles\":[\"AGENT\"]}",
				"Accept-Language", "en");

		JsonNode problem = assertProblem(response, 400);
		assertThat(fields(problem)).contains("username");
		assertThat(messagesFor(problem, "username")).allSatisfy(message -> assertThat(message).isNotBlank());
	}

	// L-06: a page size past the cap is refused, not served
	@Test
	void pageSizeOverTheCapIsRefused() {
		for (String path : List.of("/api/v1/users?size=1000", "/api/v1/audit-events?size=1000",
				"/api/v1/users?size=0", "/api/v1/audit-events?size=-1")) {
			JsonNode problem = assertProblem(http.get(path, admin), 400);
			assertThat(fields(problem)).as(path).containsExactly("size");
		}
		assertThat(http.get("/api/v1/users?size=100", admin).statusCode()).isEqualTo(200);
	}

	@Test
	void unknownPathUnderApiIsANotFoundProblem() {
		JsonNode problem = assertProblem(get("/api/v1/no-such-resource", admin, "en"), 404);

		assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/no-such-resource");
		assertThat(problem.get("status").asInt()).isEqualTo(404);
	}

	// the audit log cannot be replaced or deleted through the API
	@Test
	void writeMethodsOnAnAuditEntryAreNotAllowed() {
		long id = Http.json(http.get("/api/v1/audit-events?size=1", admin).body()).get("items").get(0).get("id").asLong();

		HttpResponse<String> put = send("PUT", "/api/v1/audit-events/" + id, "application/json", "{\"actor\":\"x\"}");
		HttpResponse<String> delete = send("DELETE", "/api/v1/audit-events/" + id, null, null);

		assertProblem(put, 405);
		assertProblem(delete, 405);
		assertThat(put.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
		assertThat(http.get("/api/v1/audit-events/" + id, admin).statusCode()).isEqualTo(200);
	}

	/** Checks the shape every error shares and returns the problem. */
	static JsonNode assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		LEAKS.forEach(leak -> assertThat(response.body()).doesNotContain(leak));
		JsonNode problem = Http.json(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("requestId").asString()).isNotBlank();
		assertThat(response.headers().firstValue("X-Request-Id")).contains(problem.get("requestId").asString());
		return problem;
	}

	static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.path("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

	static List<String> messagesFor(JsonNode problem, String field) {
		List<String> messages = new ArrayList<>();
		problem.path("errors").forEach(error -> {
			if (field.equals(error.get("field").asString())) {
				messages.add(error.get("message").asString());
			}
		});
		return messages;
	}

	private static String newUser(String username, String extra) {
		return "{\"username\":\"" + username + "\",\"displayName\":\"New user\",\"password\":\"Long-enough-1\","
				+ "\"roles\":[\"AGENT\"]" + (extra == null ? "" : "," + extra) + "}";
	}

	/** A create whose display name streams past 2 MB, sent chunked: the length is not known in advance. */
	private static HttpRequest.BodyPublisher chunkedUser(String username) {
		byte[] head = ("{\"username\":\"" + username + "\",\"password\":\"Long-enough-1\",\"roles\":[\"AGENT\"],"
				+ "\"displayName\":\"").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = "\"}".getBytes(StandardCharsets.US_ASCII);
		return BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(List.<InputStream>of(
				new ByteArrayInputStream(head), new RepeatedByte('a', TWO_MB), new ByteArrayInputStream(tail)))));
	}

	private List<JsonNode> usersNamed(String username) {
		HttpResponse<String> response = http.get("/api/v1/users?size=100&q=" + encode(username), admin);
		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> found = new ArrayList<>();
		Http.json(response.body()).get("items").forEach(user -> {
			if (user.get("username").asString().equalsIgnoreCase(username.strip())) {
				found.add(user);
			}
		});
		return found;
	}

	private void assertNoUser(String username) {
		assertThat(usersNamed(username)).as("users named " + username).isEmpty();
	}

	private int basicTokenStatus(String username, String password) {
		String basic = java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return http.send(http.request("/api/v1/tokens")
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"name\":\"check\"}"))).statusCode();
	}

	private HttpResponse<String> get(String path, String token, String language) {
		HttpRequest.Builder request = http.request(path).header("Accept-Language", language).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request);
	}

	private HttpResponse<String> patch(String path, String json) {
		return send("PATCH", path, "application/json", json);
	}

	private HttpResponse<String> send(String method, String path, String contentType, String body,
			String... headers) {
		HttpRequest.Builder request = http.request(path)
			.header("Authorization", "Bearer " + admin)
			.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request);
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** {@code length} copies of one byte, produced as they are read. */
	private static final class RepeatedByte extends InputStream {

		private final int value;

		private long remaining;

		RepeatedByte(char value, long length) {
			this.value = value;
			this.remaining = length;
		}

		@Override
		public int read() {
			if (remaining == 0) {
				return -1;
			}
			remaining--;
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (remaining == 0) {
				return -1;
			}
			int n = (int) Math.min(length, remaining);
			java.util.Arrays.fill(buffer, offset, offset + n, (byte) value);
			remaining -= n;
			return n;
		}

	}

}
