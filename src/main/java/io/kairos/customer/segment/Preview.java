package io.kairos.customer.segment;

import jakarta.validation.constraints.NotNull;

/** An unsaved rule whose member count is wanted. */
public record Preview(@NotNull(message = "{validation.required}") SegmentRule rule) {
}
