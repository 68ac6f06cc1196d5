package io.kairos.desk;

import java.time.Instant;
import java.util.Set;

/** Fields of a ticket other than status and assignment changed (names as in the API, e.g. {@code priority}). */
public record TicketChanged(long ticketId, Set<String> fields, Long actorId, Instant at) {
}
