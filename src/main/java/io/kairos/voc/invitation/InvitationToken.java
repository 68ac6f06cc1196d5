package io.kairos.voc.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in a survey link: 32 bytes (256 bits) from {@link SecureRandom}, base64url without padding
 * (43 characters). Only its SHA-256 is stored; a lookup hashes the presented token and compares hashes, so a
 * copy of the database opens no survey. No salt is needed: the token itself has 256 bits of entropy.
 * @param token the value that goes into the link, once
 * @param hash what the database keeps (64 lower-case hex digits)
 */
record InvitationToken(String token, String hash) {

	static final int BYTES = 32;

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	static InvitationToken issue() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new InvitationToken(token, hash(token));
	}

	/** Whether a presented value can be a token at all (anything else is not looked up). */
	static boolean wellFormed(String presented) {
		return presented != null && FORMAT.matcher(presented).matches();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		return "InvitationToken[hash=" + hash + "]";
	}

}
