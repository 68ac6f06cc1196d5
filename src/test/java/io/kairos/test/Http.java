package io.kairos.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for integration tests: API calls with tokens, and a browser-like session (cookies,
 * CSRF token from the page) for form sign-in. Redirects are not followed, so tests see them.
 */
public final class Http {

	public static final String DEMO_PASSWORD = "kairos-demo";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	public Http(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(cookies)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	public String base() {
		return base;
	}

	public CookieManager cookies() {
		return cookies;
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Sends a request and keeps the answer as bytes (downloads: spreadsheets, files). */
	public HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> get(String path, String token) {
		HttpRequest.Builder request = request(path).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	public HttpResponse<String> postJson(String path, String token, String json, String... headers) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/** A new API token for a user, obtained with HTTP Basic as a script would. */
	public String tokenFor(String username, String password) {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = send(request("/api/v1/tokens").header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"test\"}")));
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Token for " + username + ": " + response.statusCode() + " " + response.body());
		}
		return json(response.body()).get("token").asString();
	}

	public String tokenFor(String username) {
		return tokenFor(username, DEMO_PASSWORD);
	}

	/** The CSRF token of a page, as a browser would submit it. */
	public String csrfFrom(String path) {
		HttpResponse<String> page = send(request(path).GET());
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on " + path + " (" + page.statusCode() + ")");
		}
		return matcher.group(1);
	}

	/** Submits a form (application/x-www-form-urlencoded) with the CSRF token of {@code formPage}. */
	public HttpResponse<String> submit(String formPage, String action, String... fields) {
		StringBuilder body = new StringBuilder("_csrf=").append(encode(csrfFrom(formPage)));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Signs in through the login form; returns the response to the form post. */
	public HttpResponse<String> login(String username, String password) {
		return submit("/login", "/login", "username", username, "password", password);
	}

	public String sessionId() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("KAIROS_SESSION"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	public static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
