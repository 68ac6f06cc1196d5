package io.kairos.identity.user;

import io.kairos.shared.api.ProblemException;

/** What a staff password must be: long enough to resist guessing, and not the user's own name. */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	static void check(String field, String username, String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw ProblemException.invalid(field, "validation.password.length", MIN_LENGTH, MAX_LENGTH);
		}
		if (password.equalsIgnoreCase(username) || password.isBlank()) {
			throw ProblemException.invalid(field, "validation.password.weak");
		}
	}

}
