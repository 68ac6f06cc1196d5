package io.kairos.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffPasswordChanged;
import io.kairos.identity.StaffPrincipal;
import io.kairos.identity.StaffRolesChanged;
import io.kairos.identity.StaffUserDisabled;
import io.kairos.identity.user.StaffUserDetailsService;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/** Issue, list, revoke and check API tokens. A user manages only their own tokens. */
@Service
public class ApiTokens {

	/** How often "last used" is written: once a minute is precise enough and spares a write per call. */
	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private static final int MAX_ACTIVE_PER_USER = 20;

	/**
	 * How long a checked token is taken on trust: a client calling many times a second costs one lookup (three
	 * queries) per interval instead of per call. Revoking a token, disabling its owner, changing the owner's
	 * password or roles forgets it on this node at once (after the change commits); other nodes follow within
	 * this time.
	 */
	static final Duration REMEMBERED = Duration.ofSeconds(5);

	private static final int MAX_REMEMBERED = 10_000;

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	private final ApiTokenRepository tokens;

	private final StaffUserDetailsService staff;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, StaffUserDetailsService staff, AuditLog audit, JdbcClient jdbc,
			Clock clock) {
		this.tokens = tokens;
		this.staff = staff;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public IssuedToken issue(long userId, NewApiToken command) {
		long active = tokens.findByStaffUserOrderByIdDesc(userId).stream().filter(t -> !t.isRevoked()).count();
		if (active >= MAX_ACTIVE_PER_USER) {
			throw ProblemException.conflict("problem.token.too-many", MAX_ACTIVE_PER_USER);
		}
		TokenSecret secret = TokenSecret.generate();
		ApiToken token = tokens.save(ApiToken.issue(userId, command.name().strip(), secret, clock.instant()));
		audit.record("token.created", "api_token", token.id(), Map.of("name", token.name(), "owner", userId));
		return new IssuedToken(token.id(), token.name(), secret.value(), token.tokenPrefix(), token.createdAt());
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> listOwn(long userId) {
		return tokens.findByStaffUserOrderByIdDesc(userId).stream().map(ApiTokenView::of).toList();
	}

	@Transactional
	public void revokeOwn(long userId, long tokenId) {
		ApiToken token = tokens.findById(tokenId)
			.filter(t -> t.belongsTo(userId))
			.orElseThrow(() -> ProblemException.notFound("problem.token.not-found"));
		if (token.isRevoked()) {
			return;
		}
		token.revoke(clock.instant());
		tokens.save(token);
		forgetToken(tokenId);
		// Again once the revocation is visible: a check between the first forgetting and the commit remembers it.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				forgetToken(tokenId);
			}
		});
		audit.record("token.revoked", "api_token", tokenId, Map.of("name", token.name(), "owner", userId));
	}

	/**
	 * The staff member a presented token stands for, if it is known, not revoked and its owner is enabled; taken
	 * from the last {@link #REMEMBERED} check of the same token when there is one.
	 */
	public Optional<StaffPrincipal> authenticate(String presented) {
		if (presented == null || !presented.startsWith(TokenSecret.MARK) || presented.length() > 200) {
			return Optional.empty();
		}
		String hash = TokenSecret.hash(presented);
		Instant now = clock.instant();
		Remembered known = remembered.get(hash);
		if (known != null && now.isBefore(known.until())) {
			return Optional.of(known.principal());
		}
		Optional<ApiToken> found = tokens.findByTokenHash(hash).filter(t -> !t.isRevoked());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		StaffPrincipal principal = staff.loadById(found.get().staffUser());
		if (!principal.isEnabled()) {
			return Optional.empty();
		}
		touch(found.get().id());
		principal.eraseCredentials();
		if (remembered.size() >= MAX_REMEMBERED) {
			remembered.clear();
		}
		remembered.put(hash, new Remembered(found.get().id(), principal, now.plus(REMEMBERED)));
		return Optional.of(principal);
	}

	/** A disabled owner, a changed password or changed roles end every remembered check of the owner's tokens. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(StaffUserDisabled disabled) {
		forget(disabled.userId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StaffPasswordChanged changed) {
		forget(changed.userId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StaffRolesChanged changed) {
		forget(changed.userId());
	}

	private void forgetToken(long tokenId) {
		remembered.values().removeIf(entry -> entry.tokenId() == tokenId);
	}

	private void forget(long staffId) {
		remembered.values().removeIf(entry -> entry.principal().id() == staffId);
	}

	private void touch(long tokenId) {
		Instant now = clock.instant();
		jdbc.sql("""
				update api_token set last_used_at = :now
				where id = :id and (last_used_at is null or last_used_at < :threshold)""")
			.param("now", Timestamps.utc(now))
			.param("id", tokenId)
			.param("threshold", Timestamps.utc(now.minus(LAST_USED_PRECISION)))
			.update();
	}

	private record Remembered(long tokenId, StaffPrincipal principal, Instant until) {
	}

}
