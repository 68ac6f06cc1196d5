package io.kairos.customer.segment;

import java.time.LocalDate;
import java.util.List;

/** A segment in a list, with its last recorded member count (null before its first evaluation). */
public record SegmentSummary(long id, String code, String nameEn, String nameZh, List<Medium> defaultChannels,
		Long lastCount, LocalDate lastCountDay) {
}
