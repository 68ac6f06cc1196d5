package io.kairos.voc.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Whether a ticket or customer is in a rule's sample. The draw is the SHA-256 of the rule and the subject
 * (e.g. {@code ticket:42}) read as a number in 0..9,999 and compared with the rate in hundredths of a percent:
 * the same subject always draws the same way, so a redelivered event or a retry never draws again, and
 * different rules draw independently.
 */
final class Sampling {

	private Sampling() {
	}

	static boolean drawn(long ruleId, String subjectKey, int percent) {
		if (percent >= 100) {
			return true;
		}
		if (percent <= 0) {
			return false;
		}
		return bucket(ruleId, subjectKey) < percent * 100;
	}

	/** 0..9,999, uniform over subjects. */
	static int bucket(long ruleId, String subjectKey) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((ruleId + "|" + subjectKey).getBytes(StandardCharsets.UTF_8));
			long value = 0;
			for (int i = 0; i < 8; i++) {
				value = (value << 8) | (digest[i] & 0xff);
			}
			return (int) Long.remainderUnsigned(value, 10_000);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
