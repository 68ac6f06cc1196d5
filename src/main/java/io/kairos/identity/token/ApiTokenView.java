package io.kairos.identity.token;

import java.time.Instant;

/** An API token as its owner sees it in lists: never the secret. */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt) {

	static ApiTokenView of(ApiToken token) {
		return new ApiTokenView(token.id(), token.name(), token.tokenPrefix(), token.createdAt(), token.lastUsedAt(),
				token.revokedAt());
	}

	public boolean active() {
		return revokedAt == null;
	}

}
