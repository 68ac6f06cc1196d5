package io.kairos.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's public HTTP API as the load sees it: only 127.0.0.1, bearer tokens obtained with HTTP Basic
 * from {@code POST /api/v1/tokens}, every answer checked for its status.
 */
final class Api {

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	Api(int port) {
		this(port, null);
	}

	Api(int port, Executor executor) {
		this.base = "http://127.0.0.1:" + port;
		HttpClient.Builder builder = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER);
		if (executor != null) {
			builder.executor(executor);
		}
		this.client = builder.build();
	}

	/** A fresh API token of the user, signing in with the password over HTTP Basic. */
	String token(String username, String password) throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench " + System.nanoTime() + "\"}")), 201);
		Matcher matcher = TOKEN.matcher(response.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no token in " + response.body());
		}
		return matcher.group(1);
	}

	HttpResponse<String> get(String path, String token, int expected) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET(), expected);
	}

	/** The status of a GET without judging it (used to see whether an endpoint exists yet). */
	int status(String path, String token) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	HttpResponse<String> post(String path, String token, String json, String idempotencyKey, int expected)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request, expected);
	}

	/** A long request (a rebuild over the whole data set): waits up to twelve hours for the answer. */
	HttpResponse<String> postLong(String path, String token, int expected) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofHours(12)), expected);
	}

	HttpResponse<String> send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
		HttpRequest built = request.build();
		HttpResponse<String> response = client.send(built.timeout().isPresent() ? built
				: request.timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != expected) {
			String body = response.body();
			throw new IllegalStateException(request.build().method() + " " + request.build().uri().getPath() + " → "
					+ response.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) : body));
		}
		return response;
	}

	URI uri(String path) {
		return URI.create(base + path);
	}

	/** True once {@code /actuator/health} answers UP. */
	boolean healthy() {
		try {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/actuator/health"))
				.timeout(Duration.ofSeconds(2))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("UP");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
