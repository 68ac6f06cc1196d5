package io.kairos.voc.loop;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kairos.desk.TicketPanel;

/** The survey follow-ups of a ticket, in the side column of the agent's ticket page. */
@Configuration(proxyBeanMethods = false)
class SurveyFollowUpPanels {

	@Bean
	TicketPanel surveyFollowUpsTicketPanel() {
		return new TicketPanel("voc-follow-ups-panel", 40, "/tickets/{id}/panels/voc-follow-ups",
				"voc.followUp.panel.title", "ticket.read", "side");
	}

}
