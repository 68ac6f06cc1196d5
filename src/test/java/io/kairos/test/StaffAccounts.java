package io.kairos.test;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Staff users made for one test. The database is shared by every test class in the JVM, so each account
 * has a unique name, and the demo users are never throttled, disabled or changed.
 */
public final class StaffAccounts {

	/** The password of every account made here: long enough for the password policy. */
	public static final String PASSWORD = "Correct-horse-42";

	private static String demoAdminToken;

	private static Account admin;

	private static String adminToken;

	private StaffAccounts() {
	}

	/** A username no other test uses: {@code prefix-<random>}, lower case as the service stores it. */
	public static String unique(String prefix) {
		return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
	}

	/**
	 * The API token of an administrator made for the tests (no language preference, so problems follow
	 * Accept-Language). One per JVM: a user may hold only a limited number of active tokens.
	 */
	public static synchronized String adminToken(Http http) {
		if (adminToken == null) {
			admin = createWith(http, demoAdminToken(http), "it-admin", "ADMIN");
			adminToken = http.tokenFor(admin.username(), PASSWORD);
		}
		return adminToken;
	}

	/** The administrator behind {@link #adminToken(Http)}. */
	public static synchronized Account admin(Http http) {
		adminToken(http);
		return admin;
	}

	/** Creates a user with the given roles and {@link #PASSWORD}, with a unique name starting with {@code prefix}. */
	public static Account createWith(Http http, String adminToken, String prefix, String... roles) {
		String username = unique(prefix);
		String rolesJson = Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(Collectors.joining(","));
		HttpResponse<String> response = http.postJson("/api/v1/users", adminToken, """
				{"username":"%s","displayName":"Test %s","password":"%s","roles":[%s]}"""
			.formatted(username, username, PASSWORD, rolesJson));
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Creating " + username + ": " + response.statusCode() + " " + response.body());
		}
		JsonNode user = Http.json(response.body());
		return new Account(user.get("id").asLong(), user.get("username").asString());
	}

	/** Creates a user with the test administrator. */
	public static Account create(Http http, String prefix, String... roles) {
		return createWith(http, adminToken(http), prefix, roles);
	}

	private static synchronized String demoAdminToken(Http http) {
		if (demoAdminToken == null) {
			demoAdminToken = http.tokenFor("admin");
		}
		return demoAdminToken;
	}

	/** A staff user made for a test; the password is {@link #PASSWORD}. */
	public record Account(long id, String username) {
	}

}
