package io.kairos.messaging;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.customer.CustomerId;
import io.kairos.customer.Purpose;
import io.kairos.messaging.NotificationResult.Outcome;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requesting messages through {@link Notifications} in the default context (no SMTP server: e-mail goes to the
 * gateway log): frequency caps under concurrency (TESTING.md L-04), consent, duplicates and language.
 */
@KairosIntegrationTest
class NotificationsIntegrationTests {

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

	// L-04: cap 1 ticket.pending-reminder per customer per 24 h; 50 parallel requests queue one and suppress 49.
	@Test
	void fiftyConcurrentRemindersForOneCustomerQueueExactlyOne() throws Exception {
		long customer = MessagingTestData.customer(http, "l04@example.com", "zh-CN", "EMAIL", "SMS");
		int requests = 50;
		ExecutorService threads = Executors.newFixedThreadPool(requests);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<NotificationResult>> results = new ArrayList<>();
		try {
			for (int i = 0; i < requests; i++) {
				String dedupKey = "l04:" + customer + ":" + i;
				results.add(threads.submit(() -> {
					start.await();
					return new TransactionTemplate(transactions)
						.execute(status -> notifications.request(reminder(customer, dedupKey)));
				}));
			}
			start.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<NotificationResult> result : results) {
				outcomes.add(result.get().outcome());
			}

			assertThat(outcomes).filteredOn(outcome -> outcome == Outcome.QUEUED).hasSize(1);
			assertThat(outcomes).filteredOn(outcome -> outcome == Outcome.SUPPRESSED).hasSize(49);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(count("select count(*) from outbound_message where customer = :c and kind = 'ticket.pending-reminder'",
				customer)).isEqualTo(1);
		assertThat(count("select count(*) from message_suppression where customer = :c and kind = 'ticket.pending-reminder'",
				customer)).isEqualTo(49);
	}

	@Test
	void aCapOnlyHoldsBackProactiveMessages() {
		long customer = MessagingTestData.customer(http, "cap@example.com", "en", "EMAIL");

		assertThat(request(reminder(customer, "cap-1:" + customer)).outcome()).isEqualTo(Outcome.QUEUED);
		assertThat(request(reminder(customer, "cap-2:" + customer)).outcome()).isEqualTo(Outcome.SUPPRESSED);
		Notification answer = new Notification("ticket.pending-reminder", new CustomerId(customer), Purpose.SERVICE,
				false, Map.of(), "ticket:1", "cap-3:" + customer);
		assertThat(request(answer).outcome()).as("not proactive: no cap").isEqualTo(Outcome.QUEUED);
	}

	@Test
	void withdrawnConsentLeavesNoChannel() {
		long customer = MessagingTestData.customer(http, "consent@example.com", "en", "EMAIL");
		MessagingTestData.consent(http, customer, "EMAIL", "WITHDRAWN");

		NotificationResult result = request(received(customer, "consent:" + customer, "Printer"));

		assertThat(result.outcome()).isEqualTo(Outcome.NO_CHANNEL);
		assertThat(result.messageId()).isNull();
		assertThat(count("select count(*) from outbound_message where customer = :c", customer)).isZero();
	}

	@Test
	void marketingNeedsGrantedConsentAndTheNextChannelIsTried() {
		long customer = MessagingTestData.customer(http, "next@example.com", "en", "WEB", "EMAIL", "SMS");
		Notification offer = new Notification("ticket.received", new CustomerId(customer), Purpose.MARKETING, false,
				Map.of(), null, "marketing:" + customer);

		assertThat(request(offer).outcome()).as("no consent granted").isEqualTo(Outcome.NO_CHANNEL);

		MessagingTestData.consent(http, customer, "EMAIL", "WITHDRAWN");
		NotificationResult service = request(received(customer, "next:" + customer, "Router"));
		assertThat(service.outcome()).isEqualTo(Outcome.QUEUED);
		assertThat(service.channel()).as("WEB is not deliverable, EMAIL withdrawn").isEqualTo("SMS");
	}

	@Test
	void theSameDedupKeyNeverMakesASecondMessage() {
		long customer = MessagingTestData.customer(http, "dedup@example.com", "en", "EMAIL");

		NotificationResult first = request(received(customer, "dedup:" + customer, "A"));
		NotificationResult second = request(received(customer, "dedup:" + customer, "A"));

		assertThat(first.outcome()).isEqualTo(Outcome.QUEUED);
		assertThat(second.outcome()).isEqualTo(Outcome.DUPLICATE);
		assertThat(second.messageId()).isEqualTo(first.messageId());
		assertThat(count("select count(*) from outbound_message where customer = :c", customer)).isEqualTo(1);
	}

	@Test
	void withoutSmtpTheMessageIsDeliveredToTheGatewayLogInTheCustomersLanguage() {
		long customer = MessagingTestData.customer(http, "log@example.com", "zh-CN", "EMAIL");

		NotificationResult result = request(received(customer, "log:" + customer, "打印机坏了"));

		assertThat(result.outcome()).isEqualTo(Outcome.QUEUED);
		assertThat(result.channel()).isEqualTo("EMAIL");
		UUID id = result.messageId();
		MessagingTestData.eventually("sent", () -> "SENT".equals(MessagingTestData.status(jdbc, id)));
		Map<String, Object> logged = jdbc.sql("select masked_address, subject, body from gateway_message where message_id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(logged.get("masked_address")).isEqualTo("l***@example.com");
		assertThat((String) logged.get("subject")).isEqualTo("我们已收到您的请求 T-1001");
		assertThat((String) logged.get("body")).contains("尊敬的李雷").contains("“打印机坏了”");
	}

	@Test
	void anErasedCustomerHasNoChannel() {
		long customer = MessagingTestData.customer(http, "erased@example.com", "en", "EMAIL");
		NotificationResult before = request(received(customer, "before-erasure:" + customer, "x"));
		MessagingTestData.eventually("sent", () -> "SENT".equals(MessagingTestData.status(jdbc, before.messageId())));
		HttpResponse<String> erased = http.postJson("/api/v1/customers/" + customer + "/erase",
				MessagingTestData.token(http, "manager"), "");
		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);

		assertThat(jdbc.sql("select body from outbound_message where id = :id").param("id", before.messageId())
			.query(String.class).single()).as("the text sent is blanked").isEqualTo("已删除");

		assertThat(request(received(customer, "erased:" + customer, "x")).outcome()).isEqualTo(Outcome.NO_CHANNEL);
	}

	private NotificationResult request(Notification notification) {
		return new TransactionTemplate(transactions).execute(status -> notifications.request(notification));
	}

	private long count(String sql, long customer) {
		return jdbc.sql(sql).param("c", customer).query(Long.class).single();
	}

	static Notification reminder(long customer, String dedupKey) {
		return new Notification("ticket.pending-reminder", new CustomerId(customer), Purpose.SERVICE, true,
				Map.of("customerName", "李雷", "ticketNumber", "T-7", "subject", "Wi-Fi"), "ticket:7", dedupKey);
	}

	static Notification received(long customer, String dedupKey, String subject) {
		return new Notification("ticket.received", new CustomerId(customer), Purpose.SERVICE, false,
				Map.of("customerName", "李雷", "ticketNumber", "T-1001", "subject", subject), "ticket:1001", dedupKey);
	}

}
