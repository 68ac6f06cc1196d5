package io.kairos.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffPrincipal;
import io.kairos.identity.user.StaffUserDetailsService;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/** Issue, list, revoke and check API tokens. A user manages only their own tokens. */
@Service
public class ApiTokens {

	/** How often "last used" is written: once a minute is precise enough and spares a write per call. */
	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private static final int MAX_ACTIVE_PER_USER = 20;

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
		audit.record("token.revoked", "api_token", tokenId, Map.of("name", token.name(), "owner", userId));
	}

	/** The staff member a presented token stands for, if it is known, not revoked and its owner is enabled. */
	@Transactional
	public Optional<StaffPrincipal> authenticate(String presented) {
		if (presented == null || !presented.startsWith(TokenSecret.MARK) || presented.length() > 200) {
			return Optional.empty();
		}
		Optional<ApiToken> found = tokens.findByTokenHash(TokenSecret.hash(presented)).filter(t -> !t.isRevoked());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		StaffPrincipal principal = staff.loadById(found.get().staffUser());
		if (!principal.isEnabled()) {
			return Optional.empty();
		}
		touch(found.get().id());
		principal.eraseCredentials();
		return Optional.of(principal);
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

}
