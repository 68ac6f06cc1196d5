package io.kairos.identity.security;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffPrincipal;
import io.kairos.identity.user.StaffUserDetailsService;
import io.kairos.shared.web.CurrentRequest;

/**
 * Audits every sign-in, failed sign-in and sign-out, and feeds the throttle. A failed attempt for a name
 * that is no user is recorded without that name: people type passwords into the user field by mistake.
 */
@Component
class SignInAudit {

	private final AuditLog audit;

	private final LoginThrottle throttle;

	private final StaffUserDetailsService staff;

	SignInAudit(AuditLog audit, LoginThrottle throttle, StaffUserDetailsService staff) {
		this.audit = audit;
		this.throttle = throttle;
		this.staff = staff;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		throttle.succeeded(username);
		audit.recordAs(username, "auth.login", "staff_user", idOf(event.getAuthentication()), Map.of());
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String attempted = event.getAuthentication().getName();
		String clientIp = CurrentRequest.clientIp().orElse(null);
		throttle.failed(attempted, clientIp);
		record(attempted, "auth.login.failed", Map.of("reason", event.getException().getClass().getSimpleName()));
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		audit.recordAs(event.getAuthentication().getName(), "auth.logout", "staff_user",
				idOf(event.getAuthentication()), Map.of());
	}

	/** an attempt refused because the account or address is throttled leaves a trace for admins. */
	void throttled(String attempted, long retryAfterSeconds) {
		record(attempted, "auth.login.throttled", Map.of("retryAfterSeconds", retryAfterSeconds));
	}

	private void record(String attempted, String action, Map<String, ?> detail) {
		Optional<StaffPrincipal> known = find(attempted);
		if (known.isPresent()) {
			audit.recordAs(known.get().getUsername(), action, "staff_user", known.get().id(), detail);
		}
		else {
			java.util.Map<String, Object> withReason = new java.util.HashMap<>(detail);
			withReason.put("unknownUser", true);
			audit.recordAs("anonymous", action, null, null, withReason);
		}
	}

	private Optional<StaffPrincipal> find(String username) {
		try {
			return Optional.of(staff.loadUserByUsername(username));
		}
		catch (UsernameNotFoundException unknown) {
			return Optional.empty();
		}
	}

	private static Object idOf(Authentication authentication) {
		return authentication.getPrincipal() instanceof StaffPrincipal principal ? principal.id()
				: authentication.getName();
	}

}
