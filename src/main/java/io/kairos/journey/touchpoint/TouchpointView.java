package io.kairos.journey.touchpoint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A touchpoint with its service standards. */
public record TouchpointView(long id, String name, TouchpointChannel channel, boolean online, String ownerDepartment,
		String description, List<Standard> standards, Instant createdAt) {

	/** A touchpoint service standard: the text, and when measurable its target with unit ("20", "s"). */
	public record Standard(long id, String description, BigDecimal target, String unit) {
	}

}
