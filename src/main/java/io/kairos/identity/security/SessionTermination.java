package io.kairos.identity.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.kairos.identity.StaffPasswordChanged;
import io.kairos.identity.StaffUserDisabled;

/**
 * A disabled user's web sessions end at once, on every node, because sessions live in the database; so do
 * the other sessions of a user whose password changed.
 */
@Component
class SessionTermination {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void on(StaffUserDisabled event) {
		sessions.findByPrincipalName(event.username()).keySet().forEach(sessions::deleteById);
	}

	/** after a password change, a session opened with the old password is no longer valid. */
	@TransactionalEventListener
	void on(StaffPasswordChanged event) {
		sessions.findByPrincipalName(event.username())
			.keySet()
			.stream()
			.filter(id -> !id.equals(event.keptSessionId()))
			.forEach(sessions::deleteById);
	}

}
