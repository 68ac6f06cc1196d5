package io.kairos.identity.token;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A named, revocable credential for scripts calling the API. Only its SHA-256 hash is kept. */
@Table("api_token")
class ApiToken {

	@Id
	private final Long id;

	@Version
	private final Integer version;

	@Column("staff_user")
	private final long staffUser;

	private final String name;

	private final String tokenPrefix;

	private final String tokenHash;

	private final Instant createdAt;

	private final Instant lastUsedAt;

	private Instant revokedAt;

	@PersistenceCreator
	ApiToken(Long id, Integer version, long staffUser, String name, String tokenPrefix, String tokenHash,
			Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
		this.id = id;
		this.version = version;
		this.staffUser = staffUser;
		this.name = name;
		this.tokenPrefix = tokenPrefix;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.lastUsedAt = lastUsedAt;
		this.revokedAt = revokedAt;
	}

	static ApiToken issue(long staffUser, String name, TokenSecret secret, Instant now) {
		return new ApiToken(null, null, staffUser, name, secret.prefix(), secret.hash(), now, null, null);
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	boolean isRevoked() {
		return revokedAt != null;
	}

	boolean belongsTo(long userId) {
		return staffUser == userId;
	}

	Long id() {
		return id;
	}

	long staffUser() {
		return staffUser;
	}

	String name() {
		return name;
	}

	String tokenPrefix() {
		return tokenPrefix;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant lastUsedAt() {
		return lastUsedAt;
	}

	Instant revokedAt() {
		return revokedAt;
	}

}
