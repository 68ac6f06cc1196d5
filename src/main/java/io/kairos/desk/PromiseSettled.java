package io.kairos.desk;

import java.time.Instant;

/** A promise was settled, kept or broken (by hand or when its ticket closed); {@code kept} says which. */
public record PromiseSettled(long promiseId, long ticketId, boolean kept, Long actorId, Instant at) {
}
