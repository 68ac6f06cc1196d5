package io.kairos.customer;

import java.time.LocalDate;

/** A segment's members were counted and the count recorded for the day. */
public record SegmentEvaluated(long segment, LocalDate day, long memberCount) {
}
