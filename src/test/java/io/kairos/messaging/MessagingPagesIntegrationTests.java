package io.kairos.messaging;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.customer.CustomerId;
import io.kairos.customer.Purpose;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The messaging admin pages and API: permissions, masking, filters and paging, the template and cap editors. */
@KairosIntegrationTest
class MessagingPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Notifications notifications;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void onlyAdminsSeeTheMessagingPagesAndApi() {
		String[] pages = { "/admin/messaging/messages", "/admin/messaging/dead-letters", "/admin/messaging/gateway-log",
				"/admin/messaging/templates", "/admin/messaging/caps" };
		signIn("agent");
		for (String path : pages) {
			assertThat(http.send(http.request(path).GET()).statusCode()).as(path).isEqualTo(403);
		}
		assertThat(http.get("/api/v1/outbound-messages", MessagingTestData.token(http, "agent")).statusCode())
			.isEqualTo(403);

		Http admin = new Http(port);
		assertThat(admin.login("admin", Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
		for (String path : pages) {
			HttpResponse<String> page = admin.send(admin.request(path).GET());
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).contains("id=\"messaging-tabs\"").contains("data-nav=\"messaging\"");
		}
	}

	@Test
	void theApiListsMessagesMaskedWithFiltersAndKeysetPaging() {
		String email = "api-" + UUID.randomUUID() + "@example.com";
		long customer = MessagingTestData.customer(http, email, "en", "EMAIL");
		UUID first = send("ticket.resolved", customer, "api-1:" + customer);
		UUID second = send("ticket.resolved", customer, "api-2:" + customer);
		MessagingTestData.eventually("both sent", () -> "SENT".equals(MessagingTestData.status(jdbc, first))
				&& "SENT".equals(MessagingTestData.status(jdbc, second)));
		String admin = MessagingTestData.token(http, "admin");

		HttpResponse<String> page1 = http.get("/api/v1/outbound-messages?status=SENT&kind=ticket.resolved&size=1", admin);
		assertThat(page1.statusCode()).as(page1.body()).isEqualTo(200);
		assertThat(page1.body()).doesNotContain(email);
		JsonNode body1 = Http.json(page1.body());
		assertThat(body1.get("items")).hasSize(1);
		assertThat(body1.get("items").get(0).get("id").asString()).isEqualTo(second.toString());
		assertThat(body1.get("items").get(0).get("maskedAddress").asString()).isEqualTo("a***@example.com");
		assertThat(body1.get("items").get(0).get("status").asString()).isEqualTo("SENT");
		String cursor = body1.get("nextCursor").asString();

		JsonNode body2 = Http.json(http.get("/api/v1/outbound-messages?status=SENT&kind=ticket.resolved&size=1&cursor="
				+ cursor, admin).body());
		assertThat(body2.get("items").get(0).get("id").asString()).isEqualTo(first.toString());

		HttpResponse<String> refused = http.get("/api/v1/outbound-messages?status=LOST", admin);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Http.json(refused.body()).get("errors").get(0).get("field").asString()).isEqualTo("status");

		HttpResponse<String> notDead = http.postJson("/api/v1/outbound-messages/" + first + "/retry", admin, "");
		assertThat(notDead.statusCode()).isEqualTo(409);
	}

	@Test
	void theMessageListFiltersByChannelAndShowsAddressesMasked() {
		String email = "page-" + UUID.randomUUID() + "@example.com";
		long customer = MessagingTestData.customer(http, email, "zh-CN", "EMAIL");
		UUID id = send("ticket.received", customer, "page:" + customer);
		signIn("admin");

		Document emails = Jsoup.parse(page("/admin/messaging/messages?channel=EMAIL&kind=ticket.received"));
		Document sms = Jsoup.parse(page("/admin/messaging/messages?channel=SMS&kind=ticket.received"));

		assertThat(emails.select("[data-message=" + id + "]")).hasSize(1);
		assertThat(emails.select("[data-message=" + id + "]").text()).contains("p***@example.com").doesNotContain(email);
		assertThat(sms.select("[data-message=" + id + "]")).isEmpty();
		MessagingTestData.eventually("logged", () -> "SENT".equals(MessagingTestData.status(jdbc, id)));
		Document log = Jsoup.parse(page("/admin/messaging/gateway-log"));
		assertThat(log.select("[data-message=" + id + "]").text()).contains("p***@example.com").contains("尊敬的李雷")
			.doesNotContain(email);
	}

	@Test
	void anAdminEditsATemplateAndTheNextMessageUsesIt() {
		signIn("admin");
		String path = "/admin/messaging/templates/promise.reminder/EMAIL/en";
		Document editor = Jsoup.parse(page(path));
		String version = editor.selectFirst("input[name=version]").val();

		HttpResponse<String> refused = http.submit(path, path, "version", version, "subject", "Promise", "body", " ");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).selectFirst("textarea[name=body]").hasClass("is-invalid")).isTrue();

		HttpResponse<String> saved = http.submit(path, path, "version", version, "subject", "Our promise: {{promiseText}}",
				"body", "Hello {{customerName}}, we will {{promiseText}}.");
		assertThat(saved.statusCode()).isEqualTo(302);
		HttpResponse<String> stale = http.submit(path, path, "version", version, "subject", "Old", "body", "Old");
		assertThat(stale.body()).contains("alert-danger");

		long customer = MessagingTestData.customer(http, "tpl@example.com", "en", "EMAIL");
		UUID id = send("promise.reminder", customer, "tpl:" + customer);
		MessagingTestData.eventually("sent", () -> "SENT".equals(MessagingTestData.status(jdbc, id)));
		assertThat(jdbc.sql("select subject from gateway_message where message_id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("Our promise: call you back");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'messaging.template.changed' and subject_id = 'promise.reminder/EMAIL/en'")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anAdminChangesACapAndSeesTheSuppressedCount() {
		signIn("admin");
		String kind = "test.cap-" + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> typo = http.submit("/admin/messaging/caps", "/admin/messaging/caps", "kind", kind,
				"maxMessages", "one", "windowHours", "24");
		assertThat(typo.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(typo.body()).selectFirst("#cap-form input[name=maxMessages]").hasClass("is-invalid")).isTrue();

		HttpResponse<String> added = http.submit("/admin/messaging/caps", "/admin/messaging/caps", "kind", kind,
				"maxMessages", "0", "windowHours", "48");
		assertThat(added.statusCode()).isEqualTo(302);
		HttpResponse<String> again = http.submit("/admin/messaging/caps", "/admin/messaging/caps", "kind", kind,
				"maxMessages", "3", "windowHours", "48");
		assertThat(Jsoup.parse(again.body()).selectFirst("#cap-form input[name=kind]").hasClass("is-invalid")).isTrue();

		Document caps = Jsoup.parse(page("/admin/messaging/caps"));
		assertThat(caps.selectFirst("[data-cap=" + kind + "] input[name=windowHours]").val()).isEqualTo("48");
		assertThat(caps.selectFirst("[data-cap=" + kind + "] .suppressed").text()).isEqualTo("0");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'messaging.cap.changed' and subject_id = :kind")
			.param("kind", kind).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theSeededCapsCountWhatTheyHoldBack() {
		long customer = MessagingTestData.customer(http, "count@example.com", "en", "SMS");
		for (int i = 0; i < 3; i++) {
			String key = "count-" + i + ":" + customer;
			new TransactionTemplate(transactions).execute(status -> notifications.request(new Notification(
					"survey.invitation", new CustomerId(customer), Purpose.SERVICE, true,
					Map.of("surveyLink", "https://kairos.example/s/1"), "survey:1", key)));
		}
		signIn("admin");

		Document caps = Jsoup.parse(page("/admin/messaging/caps"));

		assertThat(Long.parseLong(caps.selectFirst("[data-cap=survey.invitation] .suppressed").text()))
			.isGreaterThanOrEqualTo(2);
	}

	private UUID send(String kind, long customer, String dedupKey) {
		Notification notification = new Notification(kind, new CustomerId(customer), Purpose.SERVICE, false,
				Map.of("customerName", "李雷", "ticketNumber", "T-5", "subject", "VPN", "promiseText", "call you back",
						"dueAt", "10:00"),
				"ticket:5", dedupKey);
		NotificationResult result = new TransactionTemplate(transactions)
			.execute(status -> notifications.request(notification));
		assertThat(result.queued()).as(result.toString()).isTrue();
		return result.messageId();
	}

	private void signIn(String user) {
		assertThat(http.login(user, Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
	}

	private String page(String path) {
		HttpResponse<String> response = http.send(http.request(path).GET());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
