package io.kairos.desk.console;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.kairos.desk.AuthorKind;
import io.kairos.desk.MessageVisibility;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.conversation.NewMessage;

/** The reply composer of the ticket page: a public reply (the default) or an internal note. */
record ComposerForm(
		@NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.max-length}")
		@Pattern(regexp = "[^\\p{Cs}\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*",
				message = "{validation.no-control-characters}") String body,
		MessageVisibility visibility) {

	static ComposerForm empty() {
		return new ComposerForm(null, MessageVisibility.PUBLIC);
	}

	NewMessage toMessage() {
		return new NewMessage(body, visibility == null ? MessageVisibility.PUBLIC : visibility, AuthorKind.STAFF,
				TicketChannel.WEB);
	}

}
