package io.kairos.desk.ticket;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketType;

/**
 * The command to open a ticket: the requester as an existing {@code customerId} or as contact details from which
 * the customer is found or registered; {@code category} is a category code. Channel defaults to API, type to
 * INQUIRY, priority to NORMAL.
 */
public record NewTicket(
		Long customerId,
		@Valid Requester customer,
		TicketChannel channel,
		TicketType type,
		@Size(max = 64, message = "{validation.max-length}") String category,
		TicketPriority priority,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
		@Pattern(regexp = TicketText.SINGLE_LINE, message = "{validation.no-control-characters}") String subject,
		@NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.max-length}")
		@Pattern(regexp = TicketText.MULTILINE, message = "{validation.no-control-characters}") String description,
		Long teamId,
		@Size(max = 20, message = "{validation.too-many}") List<@NotBlank(message = "{validation.required}")
		@Size(max = 32, message = "{validation.max-length}")
		@Pattern(regexp = TicketText.SINGLE_LINE, message = "{validation.no-control-characters}") String> tags,
		Boolean restricted) {

	/** A requester not yet known by id. */
	public record Requester(@Size(max = 100, message = "{validation.max-length}") String name,
			@Size(max = 40, message = "{validation.max-length}") String phone,
			@Size(max = 254, message = "{validation.max-length}") String email) {
	}

}
