package io.kairos.desk.followup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kairos.desk.TicketPanel;

/** The follow-up parts of the agent's ticket page: the seven steps (main column), promises and the callback (side). */
@Configuration(proxyBeanMethods = false)
class FollowUpPanels {

	@Bean
	TicketPanel stepsTicketPanel() {
		return new TicketPanel("steps-panel", 10, "/tickets/{id}/panels/steps", "followup.steps.title", "ticket.read",
				"main");
	}

	@Bean
	TicketPanel promisesTicketPanel() {
		return new TicketPanel("promises-panel", 20, "/tickets/{id}/panels/promises", "followup.promises.title",
				"ticket.read", "side");
	}

	@Bean
	TicketPanel callbackTicketPanel() {
		return new TicketPanel("callback-panel", 30, "/tickets/{id}/panels/callback", "followup.callback.title",
				"ticket.read", "side");
	}

}
