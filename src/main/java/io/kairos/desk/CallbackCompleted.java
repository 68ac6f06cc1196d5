package io.kairos.desk;

import java.time.Instant;

/** A callback after resolution was done, with its outcome code (SATISFIED, NOT_SATISFIED, UNREACHABLE …). */
public record CallbackCompleted(long callbackId, long ticketId, String outcome, Long actorId, Instant at) {
}
