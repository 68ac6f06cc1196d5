package io.kairos.identity.audit;

import java.time.Instant;

/** One audit entry as admins read it. */
public record AuditEventView(long id, Instant occurredAt, String actor, String action, String subjectType,
		String subjectId, String clientIp, String requestId, String detail) {
}
