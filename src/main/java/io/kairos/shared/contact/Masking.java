package io.kairos.shared.contact;

/**
 * How personal data is shown by default (SPEC §1.6): e-mail addresses keep their first letter and domain
 * ({@code z***@example.com}), identity numbers their first three and last four characters. Phone numbers
 * mask themselves ({@link PhoneNumber#masked()}).
 */
public final class Masking {

	private static final String STARS = "***";

	private Masking() {
	}

	public static String email(String email) {
		if (email == null) {
			return null;
		}
		int at = email.lastIndexOf('@');
		if (at < 1) {
			return STARS;
		}
		int first = email.offsetByCodePoints(0, 1);
		return email.substring(0, Math.min(first, at)) + STARS + email.substring(at);
	}

	public static String idNumber(String idNumber) {
		if (idNumber == null) {
			return null;
		}
		int length = idNumber.length();
		if (length <= 7) {
			return "*".repeat(length);
		}
		return idNumber.substring(0, 3) + "*".repeat(length - 7) + idNumber.substring(length - 4);
	}

	/** The masked form of a stored E.164 number, or null. */
	public static String phone(String e164) {
		return e164 == null ? null : new PhoneNumber(e164).masked();
	}

}
