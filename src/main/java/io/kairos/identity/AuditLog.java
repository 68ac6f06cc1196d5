package io.kairos.identity;

import java.time.Clock;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.time.Timestamps;
import io.kairos.shared.web.CurrentRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit log: who did what to which record, when, from where, in which request. Entries
 * join the caller's transaction, so a change and its audit row commit or roll back together. Nothing in
 * Kairos updates or deletes an entry.
 */
@Service
public class AuditLog {

	static final String ANONYMOUS = "anonymous";

	/** The actor of work no person asked for in a request: start-up, scheduled jobs. */
	static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json;

	AuditLog(JdbcClient jdbc, Clock clock, JsonMapper json) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
	}

	/** Records an action of the signed-in user (or "anonymous"). */
	@Transactional
	public void record(String action, String subjectType, Object subjectId, Map<String, ?> detail) {
		recordAs(currentActor(), action, subjectType, subjectId, detail);
	}

	/** Records an action on behalf of a named actor, e.g. a failed sign-in before anyone is signed in. */
	@Transactional
	public void recordAs(String actor, String action, String subjectType, Object subjectId, Map<String, ?> detail) {
		jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, subject_type, subject_id, client_ip, request_id, detail)
				values (:at, :actor, :action, :subjectType, :subjectId, :ip, :requestId, :detail)""")
			.param("at", Timestamps.utc(clock.instant()))
			.param("actor", truncate(actor, 64))
			.param("action", action)
			.param("subjectType", subjectType)
			.param("subjectId", subjectId == null ? null : truncate(subjectId.toString(), 64))
			.param("ip", CurrentRequest.clientIp().orElse(null))
			.param("requestId", CurrentRequest.requestId().orElse(null))
			.param("detail", detail == null || detail.isEmpty() ? null : json.writeValueAsString(detail))
			.update();
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return CurrentRequest.servletRequest().isPresent() ? ANONYMOUS : SYSTEM;
		}
		return authentication.getName();
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
