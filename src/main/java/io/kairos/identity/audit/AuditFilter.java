package io.kairos.identity.audit;

import java.time.Instant;

/** Which audit entries to show; every field is optional. */
record AuditFilter(String actor, String action, String subjectType, String subjectId, Instant from, Instant to) {
}
