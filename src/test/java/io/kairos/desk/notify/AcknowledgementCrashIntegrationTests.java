package io.kairos.desk.notify;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kairos.KairosApplication;
import io.kairos.test.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * F-02: Kairos runs as a separate JVM on a file database. A ticket commits; its acknowledgement e-mail is on its
 * way to an SMTP server that accepts the connection and never answers; the JVM is killed (SIGKILL) right then.
 * Started again with a working SMTP server (GreenMail), Kairos delivers the acknowledgement, exactly once.
 */
class AcknowledgementCrashIntegrationTests {

	private static final Duration STARTUP = Duration.ofSeconds(120);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	Path dir;

	@Test
	void anAcknowledgementInFlightWhenTheJvmDiesIsSentExactlyOnceAfterTheRestart() throws Exception {
		// Commits reach the file at once, so a kill right after a commit cannot lose it.
		String database = "jdbc:h2:file:" + dir.resolve("kairos") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
		String address = "crash." + System.nanoTime() + "@example.com";
		String number;
		try (BlackHoleSmtp blackHole = new BlackHoleSmtp()) {
			int port = MailParts.freePort();
			Process first = start(database, blackHole.port(), port, "first");
			try {
				awaitUp(port, first);
				String token = token(port);
				HttpResponse<String> created = post(port, token, "/api/v1/tickets", """
						{"customer":{"name":"断电客户","phone":"19800001234","email":"%s"},"channel":"EMAIL",
						 "subject":"停机后的确认","description":"请确认收到"}""".formatted(address));
				assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
				number = Http.json(created.body()).get("number").asString();
				assertThat(blackHole.connected().await(60, TimeUnit.SECONDS))
					.as("the acknowledgement is being sent when the JVM dies").isTrue();
			}
			finally {
				first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}

		int smtpPort = MailParts.freePort();
		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		smtp.start();
		int port = MailParts.freePort();
		Process second = start(database, smtpPort, port, "second");
		try {
			awaitUp(port, second);
			List<MimeMessage> received = awaitMail(smtp, address, Duration.ofSeconds(90));
			// Give a duplicate every chance to appear: the retry job runs every 30 s.
			Thread.sleep(35_000);
			received = mailTo(smtp, address);
			assertThat(received).hasSize(1);
			assertThat(received.get(0).getSubject()).contains(number);
		}
		finally {
			second.destroy();
			if (!second.waitFor(30, TimeUnit.SECONDS)) {
				second.destroyForcibly();
			}
			smtp.stop();
		}
	}

	private Process start(String database, int smtpPort, int port, String name) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				KairosApplication.class.getName(), "--server.port=" + port, "--spring.datasource.url=" + database,
				"--spring.datasource.username=sa", "--spring.datasource.password=", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtpPort, "--spring.mail.properties.mail.smtp.timeout=120000",
				"--kairos.demo-data.enabled=true", "--kairos.demo-data.customers=20", "--kairos.demo-data.tickets=0",
				"--kairos.desk.attachments-dir=" + dir.resolve("attachments"), "--spring.threads.virtual.enabled=false"));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve(name + ".log").toFile())
			.start();
	}

	private void awaitUp(int port, Process process) throws Exception {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("Kairos exited while starting; see " + dir);
			}
			try {
				HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
						+ "/actuator/health/readiness")).GET().build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new AssertionError("Kairos did not start within " + STARTUP);
	}

	private String token(int port) throws Exception {
		String basic = Base64.getEncoder().encodeToString(("agent:" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"crash\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode token = Http.json(response.body());
		return token.get("token").asString();
	}

	private HttpResponse<String> post(int port, String token, String path, String json) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static List<MimeMessage> awaitMail(GreenMail smtp, String address, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			List<MimeMessage> mine = mailTo(smtp, address);
			if (!mine.isEmpty()) {
				return mine;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("No acknowledgement reached " + address + " within " + timeout);
	}

	private static List<MimeMessage> mailTo(GreenMail smtp, String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
			try {
				return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

	/** Accepts SMTP connections and never says a word, so a client waits in the middle of sending. */
	private static final class BlackHoleSmtp implements AutoCloseable {

		private final ServerSocket server = new ServerSocket(0);

		private final CountDownLatch connected = new CountDownLatch(1);

		private final List<Socket> sockets = new ArrayList<>();

		BlackHoleSmtp() throws IOException {
			Thread acceptor = new Thread(() -> {
				try {
					while (!server.isClosed()) {
						Socket socket = server.accept();
						synchronized (sockets) {
							sockets.add(socket);
						}
						connected.countDown();
					}
				}
				catch (IOException closed) {
					// the test is over
				}
			}, "black-hole-smtp");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return server.getLocalPort();
		}

		CountDownLatch connected() {
			return connected;
		}

		@Override
		public void close() throws IOException {
			synchronized (sockets) {
				for (Socket socket : sockets) {
					socket.close();
				}
			}
			server.close();
		}

	}

}
