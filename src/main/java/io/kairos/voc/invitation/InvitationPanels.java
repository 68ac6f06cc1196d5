package io.kairos.voc.invitation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kairos.customer.CustomerPanel;

/** The survey invitations section of the customer 360 page. */
@Configuration(proxyBeanMethods = false)
class InvitationPanels {

	@Bean
	CustomerPanel surveyInvitationsCustomerPanel() {
		return new CustomerPanel("voc-invitations-panel", 60, "/customers/{id}/panels/survey-invitations",
				"voc.invitation.panel.title", "customer.read", true);
	}

}
