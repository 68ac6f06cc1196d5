package io.kairos.customer.segment;

import java.time.Instant;
import java.time.LocalDate;

/** A segment's member count as evaluated on a day (the last evaluation of that day). */
public record DailyCount(LocalDate day, long memberCount, Instant evaluatedAt) {
}
