package io.kairos.desk.console;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in console session for page tests: pages as documents, forms with CSRF, multipart posts with files. */
final class ConsoleClient {

	final Http http;

	final StaffAccounts.Account account;

	final String token;

	private ConsoleClient(Http http, StaffAccounts.Account account, String token) {
		this.http = http;
		this.account = account;
		this.token = token;
	}

	/** Signs in a staff user made for the test (password {@link StaffAccounts#PASSWORD}). */
	static ConsoleClient signIn(int port, StaffAccounts.Account account) {
		Http http = new Http(port);
		assertThat(http.login(account.username(), StaffAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return new ConsoleClient(http, account, DeskTestData.token(http, account.username()));
	}

	/** Signs in a demo user (password {@link Http#DEMO_PASSWORD}). */
	static ConsoleClient signInDemo(int port, String username) {
		Http http = new Http(port);
		assertThat(http.login(username, Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
		return new ConsoleClient(http, null, DeskTestData.token(http, username));
	}

	HttpResponse<String> get(String path) {
		return http.send(http.request(path).header("Accept-Language", "en").GET());
	}

	Document page(String path) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	/** Submits a form with the CSRF token of {@code formPage}, in English. */
	HttpResponse<String> submit(String formPage, String action, String... fields) {
		StringBuilder body = new StringBuilder("_csrf=").append(encode(http.csrfFrom(formPage)));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return http.send(http.request(action)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Posts multipart/form-data as a browser does: the CSRF token as a field, one file under {@code files}. */
	HttpResponse<String> submitWithFile(String formPage, String action, String fileName, byte[] content,
			String... fields) {
		String boundary = "----kairos" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		field(out, boundary, "_csrf", http.csrfFrom(formPage));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			field(out, boundary, fields[i], fields[i + 1]);
		}
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		out.writeBytes(content);
		write(out, "\r\n--" + boundary + "--\r\n");
		return http.send(http.request(action)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
	}

	private static void field(ByteArrayOutputStream out, String boundary, String name, String value) {
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
