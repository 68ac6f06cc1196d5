package io.kairos.messaging;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.messaging.NotificationResult.Outcome;
import io.kairos.messaging.outbox.OutboundRetries;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff e-mail through the customer messages' outbox and a real SMTP server (GreenMail on a free port): queued in
 * the caller's transaction and delivered after the commit with its id as Message-ID, not at all after a rollback,
 * once per dedup key, retried after a failed attempt, and never to a member without an address.
 */
@KairosIntegrationTest
class StaffMailIntegrationTests {

	static final int SMTP_PORT = freePort();

	static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP_PORT);
		properties.add("kairos.messaging.backoff-base", () -> "10ms");
		properties.add("kairos.messaging.backoff-max", () -> "20ms");
	}

	@LocalServerPort
	int port;

	@Autowired
	StaffMail staffMail;

	@Autowired
	OutboundRetries retries;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startSmtp() {
		SMTP.start();
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	@AfterEach
	void smtpRunsAgain() {
		if (!SMTP.isRunning()) {
			SMTP.start();
		}
	}

	@Test
	void aStaffMailIsDeliveredAfterTheCommitOnceWithItsIdAsMessageId() throws Exception {
		String email = "report-" + UUID.randomUUID() + "@kairos.example";
		long staff = member(email);
		String key = "staff-test:" + UUID.randomUUID();

		NotificationResult result = request(new StaffMessage("analytics.report", staff, "日报 <b>", "Text 报表",
				"<p>HTML</p>", "test", key));
		NotificationResult again = request(new StaffMessage("analytics.report", staff, "x", "y", null, "test", key));

		assertThat(result.outcome()).isEqualTo(Outcome.QUEUED);
		assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
		assertThat(again.messageId()).isEqualTo(result.messageId());
		MessagingTestData.eventually("mail", () -> !withId(result.messageId()).isEmpty());
		MimeMessage mail = withId(result.messageId()).get(0);
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(mail.getSubject()).isEqualTo("日报 <b>");
		MessagingTestData.eventually("sent", () -> "SENT".equals(MessagingTestData.status(jdbc, result.messageId())));
		assertThat(jdbc.sql("select masked_address from outbound_message where id = :id")
			.param("id", result.messageId()).query(String.class).single()).doesNotContain(email);
		retries.runDue();
		assertThat(withId(result.messageId())).hasSize(1);
	}

	@Test
	void aRolledBackRequestSendsNothing() {
		long staff = member("rollback-" + UUID.randomUUID() + "@kairos.example");
		String key = "staff-rollback:" + UUID.randomUUID();

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			staffMail.request(new StaffMessage("analytics.report", staff, "s", "t", null, "test", key));
			status.setRollbackOnly();
		});

		assertThat(jdbc.sql("select count(*) from outbound_message where dedup_key = :key").param("key", key)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aFailedSendIsRetriedFromTheOutbox() throws Exception {
		long staff = member("retry-" + UUID.randomUUID() + "@kairos.example");
		SMTP.stop();

		UUID id = request(new StaffMessage("analytics.report", staff, "retry", "t", null, "test",
				"staff-retry:" + UUID.randomUUID())).messageId();

		MessagingTestData.eventually("failed once", () -> "FAILED".equals(MessagingTestData.status(jdbc, id)));
		SMTP.start();
		for (int i = 0; i < 50 && !"SENT".equals(MessagingTestData.status(jdbc, id)); i++) {
			Thread.sleep(100);
			retries.runDue();
		}

		assertThat(MessagingTestData.status(jdbc, id)).isEqualTo("SENT");
		assertThat(withId(id)).hasSize(1);
	}

	@Test
	void aMemberWithoutAnAddressGetsNoMail() {
		Http http = new Http(port);
		long staff = StaffAccounts.create(http, "no-mail", "MANAGER").id();

		assertThat(request(new StaffMessage("analytics.report", staff, "s", "t", null, "test",
				"staff-none:" + UUID.randomUUID())).outcome()).isEqualTo(Outcome.NO_CHANNEL);
	}

	private long member(String email) {
		Http http = new Http(port);
		String username = StaffAccounts.unique("mail");
		var response = http.postJson("/api/v1/users", StaffAccounts.adminToken(http), """
				{"username":"%s","displayName":"Mail %s","email":"%s","password":"%s","roles":["MANAGER"]}"""
			.formatted(username, username, email, StaffAccounts.PASSWORD));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Http.json(response.body()).get("id").asLong();
	}

	private NotificationResult request(StaffMessage message) {
		return new TransactionTemplate(transactions).execute(status -> staffMail.request(message));
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

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
