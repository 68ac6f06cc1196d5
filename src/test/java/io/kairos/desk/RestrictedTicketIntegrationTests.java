package io.kairos.desk;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * an agent of team X can neither read, change nor download the attachments of a restricted ticket of
 * team Y, and every refusal looks exactly like a missing ticket. Attachments are checked by content.
 */
@KairosIntegrationTest
class RestrictedTicketIntegrationTests {

	/** The smallest valid PNG: a 1×1 transparent pixel. */
	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

	@LocalServerPort
	int port;

	Http http;

	StaffAccounts.Account insider;

	StaffAccounts.Account outsider;

	long ticket;

	long attachment;

	@BeforeEach
	void restrictedTicketOfTeamY() {
		http = new Http(port);
		insider = StaffAccounts.create(http, "team-y", "AGENT");
		outsider = StaffAccounts.create(http, "team-x", "AGENT");
		long teamY = DeskTestData.team(http, StaffAccounts.unique("Y组"), insider.id());
		DeskTestData.team(http, StaffAccounts.unique("X组"), outsider.id());
		ticket = DeskTestData.open(http, token(insider), "受限工单", "\"teamId\":" + teamY + ",\"restricted\":true")
			.get("id").asLong();
		HttpResponse<String> posted = multipart(token(insider), ticket, "附上截图", "screen.png", PNG);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
		attachment = Http.json(posted.body()).get("attachments").get(0).get("id").asLong();
	}

	@Test
	void theTeamReadsItsRestrictedTicketAndDownloadsTheAttachment() {
		assertThat(http.get("/api/v1/tickets/" + ticket, token(insider)).statusCode()).isEqualTo(200);
		HttpResponse<byte[]> file = http.sendBytes(http.request("/api/v1/attachments/" + attachment)
			.header("Authorization", "Bearer " + token(insider)).GET());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(PNG);
		assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
		assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		// Supervisors see every ticket.
		assertThat(http.get("/api/v1/tickets/" + ticket, DeskTestData.token(http, "supervisor")).statusCode()).isEqualTo(200);
	}

	@Test
	void anotherTeamsAgentGetsTheSame404AsForAMissingTicket() {
		String other = token(outsider);
		long missing = 987_654_321L;
		HttpResponse<String> hidden = http.get("/api/v1/tickets/" + ticket, other);
		HttpResponse<String> absent = http.get("/api/v1/tickets/" + missing, other);
		assertThat(hidden.statusCode()).isEqualTo(404);
		assertThat(sameProblem(hidden, absent)).isTrue();

		assertThat(http.get("/api/v1/tickets/" + ticket + "/messages", other).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/tickets/" + ticket + "/history", other).statusCode()).isEqualTo(404);
		HttpResponse<String> patch = http.send(http.request("/api/v1/tickets/" + ticket)
			.header("Authorization", "Bearer " + other)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"priority\":\"URGENT\"}")));
		assertThat(patch.statusCode()).isEqualTo(404);
		assertThat(http.postJson("/api/v1/tickets/" + ticket + "/messages", other, "{\"body\":\"我来回复\"}").statusCode())
			.isEqualTo(404);
		assertThat(http.postJson("/api/v1/tickets/" + ticket + "/resolve", other, "").statusCode()).isEqualTo(404);

		HttpResponse<String> download = http.send(http.request("/api/v1/attachments/" + attachment)
			.header("Authorization", "Bearer " + other).GET());
		HttpResponse<String> noSuchFile = http.send(http.request("/api/v1/attachments/" + missing)
			.header("Authorization", "Bearer " + other).GET());
		assertThat(download.statusCode()).isEqualTo(404);
		assertThat(sameProblem(download, noSuchFile)).isTrue();

		JsonNode list = Http.json(http.get("/api/v1/tickets?q=受限工单&size=100", other).body());
		java.util.List<Long> listed = new java.util.ArrayList<>();
		list.get("items").forEach(item -> listed.add(item.get("id").asLong()));
		assertThat(listed).doesNotContain(ticket);
		JsonNode insiders = Http.json(http.get("/api/v1/tickets?q=受限工单&size=100", token(insider)).body());
		java.util.List<Long> visible = new java.util.ArrayList<>();
		insiders.get("items").forEach(item -> visible.add(item.get("id").asLong()));
		assertThat(visible).as("the same search finds it for the team").contains(ticket);
		assertThat(Http.json(http.get("/api/v1/tickets/" + ticket, token(insider)).body()).get("priority").asString())
			.isEqualTo("NORMAL");
	}

	@Test
	void filesAreCheckedByTheirContentNotTheirName() {
		HttpResponse<String> html = multipart(token(insider), ticket, "假图片", "photo.png",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(html.statusCode()).as(html.body()).isEqualTo(400);
		assertThat(Http.json(html.body()).findValuesAsString("field")).contains("files");

		HttpResponse<String> text = multipart(token(insider), ticket, "日志", "../../etc/log.txt",
				"设备日志：第 3 行出错".getBytes(StandardCharsets.UTF_8));
		assertThat(text.statusCode()).as(text.body()).isEqualTo(201);
		JsonNode stored = Http.json(text.body()).get("attachments").get(0);
		assertThat(stored.get("fileName").asString()).isEqualTo("log.txt");
		assertThat(stored.get("contentType").asString()).startsWith("text/plain");
	}

	private String token(StaffAccounts.Account account) {
		return DeskTestData.token(http, account.username());
	}

	private static boolean sameProblem(HttpResponse<String> one, HttpResponse<String> other) {
		JsonNode a = Http.json(one.body());
		JsonNode b = Http.json(other.body());
		return one.statusCode() == other.statusCode() && a.get("title").equals(b.get("title"))
				&& a.get("status").equals(b.get("status"))
				&& a.get("detail").asString().replaceAll("\\d", "").equals(b.get("detail").asString().replaceAll("\\d", ""));
	}

	private HttpResponse<String> multipart(String token, long ticketId, String body, String fileName, byte[] content) {
		String boundary = "----kairos" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + body + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(content, 0, all, head.length, content.length);
		System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
		return http.send(http.request("/api/v1/tickets/" + ticketId + "/messages")
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(all)));
	}

}
