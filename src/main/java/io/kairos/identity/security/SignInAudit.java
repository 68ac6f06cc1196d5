package io.kairos.identity.security;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import io.kairos.identity.AuditLog;
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
		audit.recordAs(username, "auth.login", "staff_user", username, Map.of());
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String attempted = event.getAuthentication().getName();
		String clientIp = CurrentRequest.clientIp().orElse(null);
		throttle.failed(attempted, clientIp);
		if (isKnown(attempted)) {
			audit.recordAs(attempted, "auth.login.failed", "staff_user", attempted,
					Map.of("reason", event.getException().getClass().getSimpleName()));
		}
		else {
			audit.recordAs("anonymous", "auth.login.failed", null, null, Map.of("reason", "UnknownUser"));
		}
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		audit.recordAs(event.getAuthentication().getName(), "auth.logout", "staff_user",
				event.getAuthentication().getName(), Map.of());
	}

	private boolean isKnown(String username) {
		try {
			staff.loadUserByUsername(username);
			return true;
		}
		catch (UsernameNotFoundException unknown) {
			return false;
		}
	}

}
