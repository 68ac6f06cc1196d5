package io.kairos.desk.automation.macro;

import java.util.List;

import io.kairos.desk.MessageVisibility;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;

/**
 * A macro as written by its author: a reply text per language (at least one) with placeholders, whether the reply
 * is public or an internal note, and optional actions. {@code shared} macros serve everyone and need desk.admin;
 * the others belong to their author.
 */
public record MacroCommand(String name, String bodyZh, String bodyEn, MessageVisibility visibility,
		TicketStatus setStatus, TicketPriority setPriority, List<String> addTags, Boolean shared) {
}
