package io.kairos.desk.ticket;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;

/**
 * A partial change of a ticket (PATCH): only the fields present change. {@code status} may name any move the
 * status rules allow; {@code category} is a code, an empty string clears it.
 */
public record TicketChanges(
		@Size(max = 200, message = "{validation.max-length}")
		@Pattern(regexp = TicketText.SINGLE_LINE, message = "{validation.no-control-characters}") String subject,
		TicketType type,
		TicketPriority priority,
		@Size(max = 64, message = "{validation.max-length}") String category,
		TicketStatus status,
		@Size(max = 20, message = "{validation.too-many}") List<@NotBlank(message = "{validation.required}")
		@Size(max = 32, message = "{validation.max-length}")
		@Pattern(regexp = TicketText.SINGLE_LINE, message = "{validation.no-control-characters}") String> tags,
		Boolean restricted,
		Long touchpointId) {
}
