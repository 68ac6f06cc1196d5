package io.kairos.identity.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.kairos.identity.StaffUserDisabled;

/** A disabled user's web sessions end at once, on every node, because sessions live in the database. */
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

}
