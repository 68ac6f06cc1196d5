package io.kairos.customer.segment;

import io.kairos.customer.LifecycleStage;

/** A member of a segment as lists show it: the mobile number masked. */
public record SegmentMember(long id, String name, String mobile, String tier, LifecycleStage stage) {
}
