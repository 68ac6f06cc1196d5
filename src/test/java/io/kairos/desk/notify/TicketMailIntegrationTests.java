package io.kairos.desk.notify;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer hears about their ticket by e-mail (a real SMTP server, GreenMail): received, answered, resolved;
 * markup typed into a subject or a reply arrives as visible text, never as markup.
 */
@KairosIntegrationTest
class TicketMailIntegrationTests {

	static final int SMTP_PORT = MailParts.freePort();

	static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static final String IMG = "<img src=x onerror=alert(1)>";

	static final String SCRIPT = "<script>alert(2)</script>";

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP_PORT);
	}

	@LocalServerPort
	int port;

	@BeforeAll
	static void startSmtp() {
		SMTP.start();
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	@Test
	void theCustomerIsToldByEmailAndMarkupStaysText() throws Exception {
		Http http = new Http(port);
		String agent = DeskTestData.token(http, "agent");
		String address = "xss." + DeskTestData.freshMobile() + "@example.com";
		HttpResponse<String> response = http.postJson("/api/v1/tickets", agent, """
				{"customer":{"name":"邮件客户","phone":"%s","email":"%s"},"channel":"EMAIL",
				 "subject":"账单 %s","description":"正文 %s"}""".formatted(DeskTestData.freshMobile(), address, IMG, SCRIPT));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		long id = Http.json(response.body()).get("id").asLong();
		String number = Http.json(response.body()).get("number").asString();

		MimeMessage received = awaitMail(address, 1).get(0);
		assertThat(received.getSubject()).contains(number);
		String html = MailParts.part(received, "text/html");
		assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(IMG);
		assertThat(received.getHeader("Message-ID")[0]).matches("<[0-9a-f-]{36}@kairos>");

		HttpResponse<String> reply = http.postJson("/api/v1/tickets/" + id + "/messages", agent,
				"{\"body\":\"您好，已处理 %s\"}".formatted(SCRIPT));
		assertThat(reply.statusCode()).isEqualTo(201);
		MimeMessage answered = awaitMail(address, 2).get(1);
		String replyHtml = MailParts.part(answered, "text/html");
		assertThat(replyHtml).contains("&lt;script&gt;alert(2)&lt;/script&gt;").doesNotContain(SCRIPT);
		assertThat(MailParts.part(answered, "text/plain")).contains(SCRIPT);

		http.postJson("/api/v1/tickets/" + id + "/messages", agent,
				"{\"body\":\"内部备注不会发给客户\",\"visibility\":\"INTERNAL\"}");
		http.postJson("/api/v1/tickets/" + id + "/resolve", agent, "");
		List<MimeMessage> all = awaitMail(address, 3);
		assertThat(all).hasSize(3);
		for (MimeMessage mail : all) {
			assertThat(MailParts.part(mail, "text/plain")).doesNotContain("内部备注");
		}
	}

	/** Waits until {@code count} messages to the address arrived; messages to other tests' addresses are ignored. */
	private static List<MimeMessage> awaitMail(String address, int count) throws Exception {
		long deadline = System.currentTimeMillis() + 30_000;
		List<MimeMessage> mine = List.of();
		while (System.currentTimeMillis() < deadline) {
			mine = Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> {
				try {
					return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
				}
				catch (jakarta.mail.MessagingException ex) {
					return false;
				}
			}).toList();
			if (mine.size() >= count) {
				return mine;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Expected " + count + " e-mails to " + address + ", got " + mine.size());
	}

}
