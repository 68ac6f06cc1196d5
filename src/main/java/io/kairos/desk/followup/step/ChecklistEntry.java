package io.kairos.desk.followup.step;

import java.time.Instant;

/** A checklist item as it stands on one ticket: ticked or not, by whom and when. */
public record ChecklistEntry(long itemId, String text, boolean required, boolean ticked, Long tickedBy,
		Instant tickedAt) {
}
