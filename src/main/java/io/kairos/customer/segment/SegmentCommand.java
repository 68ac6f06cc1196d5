package io.kairos.customer.segment;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Defines or redefines a segment: its names, its rule and the information channels it is best reached through. */
public record SegmentCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}") String nameEn,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}") String nameZh,
		@NotNull(message = "{validation.required}") SegmentRule rule,
		@Size(max = 9, message = "{validation.too-many}") List<Medium> defaultChannels) {
}
