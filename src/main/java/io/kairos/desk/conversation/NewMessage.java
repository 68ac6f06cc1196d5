package io.kairos.desk.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.kairos.desk.AuthorKind;
import io.kairos.desk.MessageVisibility;
import io.kairos.desk.TicketChannel;

/**
 * A message to add to a conversation. Visibility defaults to PUBLIC; {@code author} CUSTOMER records what the
 * customer said (an inbound contact an agent or a channel integration logs), default STAFF.
 */
public record NewMessage(
		@NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.max-length}")
		@Pattern(regexp = "[^\\p{Cs}\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*",
				message = "{validation.no-control-characters}") String body,
		MessageVisibility visibility, AuthorKind author, TicketChannel channel) {
}
