package io.kairos.voc.loop;

import java.time.Instant;
import java.time.LocalDate;

/** An improvement action of the outer loop, with its theme (feedback category) and owner. */
public record ImprovementActionView(long id, String title, String description, Long categoryId, long ownerId,
		String ownerName, ActionStatus status, LocalDate dueDate, Instant createdAt, Instant updatedAt, long version) {
}
