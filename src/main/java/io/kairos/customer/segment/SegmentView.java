package io.kairos.customer.segment;

import java.time.Instant;
import java.util.List;

/** A segment with its member count now (the rule run against the customer base at the time of reading). */
public record SegmentView(long id, String code, String nameEn, String nameZh, SegmentRule rule,
		List<Medium> defaultChannels, long memberCount, long version, Instant createdAt, Instant updatedAt) {
}
