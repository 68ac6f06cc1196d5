package io.kairos.desk;

import java.time.Instant;

/** A promise made to a customer passed its due time unsettled (SPEC §2.6); published once per promise. */
public record PromiseOverdue(long promiseId, long ticketId, long ownerId, Long teamId, Instant dueAt, Instant at) {
}
