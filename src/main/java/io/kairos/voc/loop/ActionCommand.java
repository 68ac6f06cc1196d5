package io.kairos.voc.loop;

import java.time.LocalDate;

/** A new improvement action, or the changed fields of one (null: unchanged). */
public record ActionCommand(String title, String description, Long categoryId, Long ownerId, ActionStatus status,
		LocalDate dueDate) {
}
