package io.kairos.voc.invitation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The survey invitations of a customer on the customer 360 page: what was sent, when, how, and whether answered. */
@Controller
class InvitationPanel {

	private final Invitations invitations;

	InvitationPanel(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/customers/{id}/panels/survey-invitations")
	@PreAuthorize("hasAuthority('customer.read')")
	String panel(@PathVariable long id, Model model) {
		model.addAttribute("invitations", invitations.ofCustomer(id, 20));
		return "voc/invitation-panel :: panel";
	}

}
