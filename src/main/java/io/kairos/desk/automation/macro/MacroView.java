package io.kairos.desk.automation.macro;

import java.time.Instant;
import java.util.List;

import io.kairos.desk.MessageVisibility;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;

/** A macro as the API and pages show it; {@code ownerId} is null for a shared macro. */
public record MacroView(long id, String name, String bodyZh, String bodyEn, MessageVisibility visibility,
		TicketStatus setStatus, TicketPriority setPriority, List<String> addTags, boolean shared, Long ownerId,
		long version, Instant updatedAt) {

	/** The text in the language asked for, else the other one. */
	public String body(String language) {
		boolean chinese = language != null && language.startsWith("zh");
		String preferred = chinese ? bodyZh : bodyEn;
		return preferred != null ? preferred : (chinese ? bodyEn : bodyZh);
	}

}
