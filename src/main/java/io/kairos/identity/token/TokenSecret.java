package io.kairos.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an API token: 256 random bits, shown to its owner once. What is stored is its SHA-256
 * hash (a fast hash is right here: the secret has full entropy, unlike a password) and a short prefix that
 * lets the owner tell tokens apart.
 */
record TokenSecret(String value) {

	static final String MARK = "kai_";

	private static final SecureRandom RANDOM = new SecureRandom();

	static TokenSecret generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new TokenSecret(MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	String prefix() {
		return value.substring(0, Math.min(value.length(), MARK.length() + 6));
	}

	String hash() {
		return hash(value);
	}

	static String hash(String presented) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	@Override
	public String toString() {
		return "TokenSecret[" + prefix() + "…]";
	}

}
