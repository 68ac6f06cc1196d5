package io.kairos.voc;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers, tickets, rules and survey answers for the distribution and closed-loop tests (mobiles 1479…). */
public final class VocLoopTestData {

	private static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{43})");

	private VocLoopTestData() {
	}

	/** A customer reachable on the given channels in this order, with an e-mail address and a language. */
	public static long customer(Http http, String agentToken, String language, String... channels) {
		String mobile = "1479" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		StringBuilder json = new StringBuilder("{\"name\":\"韩梅梅\",\"mobile\":\"").append(mobile)
			.append("\",\"email\":\"voc-").append(mobile).append("@example.com\",\"language\":\"").append(language)
			.append("\",\"preferredChannels\":[");
		for (int i = 0; i < channels.length; i++) {
			json.append(i == 0 ? "" : ",").append('"').append(channels[i]).append('"');
		}
		json.append("]}");
		HttpResponse<String> response = http.postJson("/api/v1/customers", agentToken, json.toString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Http.json(response.body()).get("id").asLong();
	}

	/** Opens a ticket for the customer, gives it to the agent and resolves it; returns the ticket id. */
	public static long resolvedTicket(Http http, String agentToken, long customer, long agentId, String subject) {
		HttpResponse<String> opened = http.postJson("/api/v1/tickets", agentToken,
				"{\"customerId\":%d,\"subject\":\"%s\",\"description\":\"描述：%s\"}".formatted(customer, subject, subject));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		long ticket = Http.json(opened.body()).get("id").asLong();
		HttpResponse<String> assigned = http.postJson("/api/v1/tickets/" + ticket + "/assign", agentToken,
				"{\"assigneeId\":" + agentId + "}");
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
		HttpResponse<String> resolved = http.postJson("/api/v1/tickets/" + ticket + "/resolve", agentToken, "");
		assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
		return ticket;
	}

	/** Adds a rule to the survey; returns the rule's id. */
	public static long rule(Http http, String managerToken, long survey, String json) {
		HttpResponse<String> created = http.postJson("/api/v1/surveys/" + survey + "/distribution-rules", managerToken, json);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return Http.json(created.body()).get("id").asLong();
	}

	/** Switches a rule off, so that tickets other tests resolve send no survey. */
	public static void disable(Http http, String managerToken, long rule) {
		HttpResponse<String> changed = http.send(http.request("/api/v1/distribution-rules/" + rule)
			.header("Authorization", "Bearer " + managerToken)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
	}

	/** The token in the survey link of the invitation message sent for the ticket. */
	public static String tokenSentFor(JdbcClient jdbc, long ticket) {
		String body = jdbc.sql("""
				select m.body from outbound_message m join survey_invitation i on i.message_id = m.id
				where i.ticket_id = :ticket""")
			.param("ticket", ticket)
			.query(String.class)
			.single();
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}

	/** Posts the survey form without signing in (a new client: no cookies, no CSRF token). */
	public static HttpResponse<String> answer(int port, String token, String... fields) {
		Http anonymous = new Http(port);
		StringBuilder body = new StringBuilder();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return anonymous.send(anonymous.request("/s/" + token)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Waits up to fifteen seconds (listeners run after the commit, on another thread). */
	public static void eventually(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Still waiting for: " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
