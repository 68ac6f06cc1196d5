package io.kairos.voc.invitation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.kairos.customer.CustomerPanel;

/** The survey invitations of a customer on the customer 360 page: what was sent, when, how, and whether answered. */
@Controller
@Configuration(proxyBeanMethods = false)
class InvitationPanel {

	private final Invitations invitations;

	InvitationPanel(Invitations invitations) {
		this.invitations = invitations;
	}

	@Bean
	static CustomerPanel surveyInvitationsCustomerPanel() {
		return new CustomerPanel("voc-invitations-panel", 60, "/customers/{id}/panels/survey-invitations",
				"voc.invitation.panel.title", "customer.read", true);
	}

	@GetMapping("/customers/{id}/panels/survey-invitations")
	@PreAuthorize("hasAuthority('customer.read')")
	String panel(@PathVariable long id, Model model) {
		model.addAttribute("invitations", invitations.ofCustomer(id, 20));
		return "voc/invitation-panel :: panel";
	}

}
