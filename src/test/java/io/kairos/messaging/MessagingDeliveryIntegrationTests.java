package io.kairos.messaging;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.messaging.NotificationResult.Outcome;
import io.kairos.messaging.outbox.Delivery;
import io.kairos.messaging.outbox.OutboundMessages;
import io.kairos.messaging.outbox.OutboundRetries;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail delivery through a real SMTP server (GreenMail on a free port): the Message-ID from the message's id, text
 * and escaped HTML parts, no second send, retry after a failed attempt, and a dead letter after three attempts that
 * an admin sends again.
 */
@KairosIntegrationTest
class MessagingDeliveryIntegrationTests {

	static final int SMTP_PORT = freePort();

	static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static final String ATTACK = "<img src=x onerror=alert(1)>";

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP_PORT);
		properties.add("kairos.messaging.max-attempts", () -> 3);
		properties.add("kairos.messaging.backoff-base", () -> "10ms");
		properties.add("kairos.messaging.backoff-max", () -> "20ms");
	}

	@LocalServerPort
	int port;

	@Autowired
	Notifications notifications;

	@Autowired
	OutboundRetries retries;

	@Autowired
	Delivery delivery;

	@Autowired
	OutboundMessages messages;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeAll
	static void startSmtp() {
		SMTP.start();
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@AfterEach
	void smtpRunsAgain() {
		if (!SMTP.isRunning()) {
			SMTP.start();
		}
	}

	@Test
	void anEmailCarriesItsIdAsMessageIdAndEscapesValuesInTheHtmlPart() throws Exception {
		long customer = MessagingTestData.customer(http, "mail-" + UUID.randomUUID() + "@example.com", "en", "EMAIL");

		NotificationResult result = request(customer, "mail:" + customer, ATTACK);

		assertThat(result.outcome()).isEqualTo(Outcome.QUEUED);
		UUID id = result.messageId();
		MimeMessage mail = receivedWithId(id);
		assertThat(mail.getSubject()).isEqualTo("We have received your request T-9");
		assertThat(mail.getAllRecipients()[0].toString()).startsWith("mail-");
		assertThat(part(mail, "text/plain")).contains("\"" + ATTACK + "\"");
		String html = part(mail, "text/html");
		assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
		MessagingTestData.eventually("sent", () -> "SENT".equals(MessagingTestData.status(jdbc, id)));

		delivery.deliver(id);
		retries.runDue();

		assertThat(withId(id)).as("a sent message is never sent again").hasSize(1);
	}

	@Test
	void aFailedSendIsRetriedAndThenSucceedsWithTheSameMessageId() throws Exception {
		long customer = MessagingTestData.customer(http, "retry-" + UUID.randomUUID() + "@example.com", "zh-CN", "EMAIL");
		SMTP.stop();

		UUID id = request(customer, "retry:" + customer, "网络").messageId();

		MessagingTestData.eventually("failed once", () -> "FAILED".equals(MessagingTestData.status(jdbc, id)));
		assertThat(attempts(id)).isEqualTo(1);
		assertThat(lastError(id)).isNotBlank();
		SMTP.start();
		Thread.sleep(50);

		retries.runDue();

		assertThat(MessagingTestData.status(jdbc, id)).isEqualTo("SENT");
		assertThat(attempts(id)).isEqualTo(2);
		assertThat(receivedWithId(id).getSubject()).isEqualTo("我们已收到您的请求 T-9");
	}

	@Test
	void afterThreeFailedAttemptsTheMessageIsDeadUntilAnAdminRetriesIt() throws Exception {
		String email = "dead-" + UUID.randomUUID() + "@example.com";
		long customer = MessagingTestData.customer(http, email, "en", "EMAIL");
		SMTP.stop();

		UUID id = request(customer, "dead:" + customer, "Lost").messageId();
		MessagingTestData.eventually("failed once", () -> "FAILED".equals(MessagingTestData.status(jdbc, id)));
		for (int i = 0; i < 5 && !"DEAD".equals(MessagingTestData.status(jdbc, id)); i++) {
			Thread.sleep(50);
			retries.runDue();
		}

		assertThat(MessagingTestData.status(jdbc, id)).isEqualTo("DEAD");
		assertThat(attempts(id)).isEqualTo(3);
		retries.runDue();
		assertThat(attempts(id)).as("a dead letter waits for an admin").isEqualTo(3);

		SMTP.start();
		signIn("admin");
		String deadLetters = page("/admin/messaging/dead-letters");
		assertThat(deadLetters).contains(id.toString()).contains("d***@example.com").doesNotContain(email);
		var retried = http.submit("/admin/messaging/dead-letters", "/admin/messaging/messages/" + id + "/retry");
		assertThat(retried.statusCode()).isEqualTo(302);

		MessagingTestData.eventually("sent after the retry", () -> "SENT".equals(MessagingTestData.status(jdbc, id)));
		assertThat(withId(id)).hasSize(1);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'messaging.dead-letter.retried' and subject_id = :id")
			.param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
	}

	private NotificationResult request(long customer, String dedupKey, String subject) {
		Notification notification = new Notification("ticket.received", new io.kairos.customer.CustomerId(customer),
				io.kairos.customer.Purpose.SERVICE, false,
				Map.of("customerName", "Li Lei", "ticketNumber", "T-9", "subject", subject), "ticket:9", dedupKey);
		return new TransactionTemplate(transactions).execute(status -> notifications.request(notification));
	}

	private MimeMessage receivedWithId(UUID id) {
		MessagingTestData.eventually("mail " + id, () -> !withId(id).isEmpty());
		return withId(id).get(0);
	}

	private static List<MimeMessage> withId(UUID id) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> {
			try {
				return ("<" + id + "@kairos>").equals(mail.getMessageID());
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String part(MimeMessage mail, String type) throws Exception {
		return find((Multipart) mail.getContent(), type);
	}

	private static String find(Multipart multipart, String type) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof Multipart nested) {
				String found = find(nested, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private int attempts(UUID id) {
		return jdbc.sql("select attempts from outbound_message where id = :id").param("id", id).query(Integer.class).single();
	}

	private String lastError(UUID id) {
		return jdbc.sql("select last_error from outbound_message where id = :id").param("id", id).query(String.class).single();
	}

	private void signIn(String user) {
		assertThat(http.login(user, Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
	}

	private String page(String path) {
		var response = http.send(http.request(path).GET());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
