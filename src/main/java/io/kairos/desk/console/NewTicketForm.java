package io.kairos.desk.console;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketType;
import io.kairos.desk.ticket.NewTicket;

/**
 * The console's form to open a ticket: the requester as a known customer id (from a customer page's link) or as
 * name, mobile number and e-mail, from which the customer base finds or registers the customer.
 */
record NewTicketForm(Long customerId,
		@Size(max = 100, message = "{validation.max-length}") String name,
		@Size(max = 40, message = "{validation.max-length}") String phone,
		@Size(max = 254, message = "{validation.max-length}") String email,
		TicketChannel channel, TicketType type,
		@Size(max = 64, message = "{validation.max-length}") String category,
		TicketPriority priority,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
		@Pattern(regexp = "[^\\p{Cc}\\p{Cs}]*", message = "{validation.no-control-characters}") String subject,
		@NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.max-length}")
		@Pattern(regexp = "[^\\p{Cs}\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*",
				message = "{validation.no-control-characters}") String description,
		Long teamId) {

	static NewTicketForm forCustomer(Long customerId) {
		return new NewTicketForm(customerId, null, null, null, TicketChannel.HOTLINE, TicketType.INQUIRY, null,
				TicketPriority.NORMAL, null, null, null);
	}

	NewTicket toNewTicket() {
		boolean known = customerId != null;
		NewTicket.Requester requester = known || (name == null && phone == null && email == null) ? null
				: new NewTicket.Requester(name, phone, email);
		return new NewTicket(customerId, requester, channel, type, category, priority, subject, description, teamId,
				null, null);
	}

	/** Where a service's refusal belongs on this form: the requester's fields are not nested here. */
	static String field(String serviceField) {
		if (serviceField == null) {
			return null;
		}
		return switch (serviceField) {
			case "customer.name" -> "name";
			case "customer.phone" -> "phone";
			case "customer.email" -> "email";
			case "customer" -> null;
			default -> serviceField;
		};
	}

}
