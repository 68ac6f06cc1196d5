package io.kairos.desk.automation.panel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kairos.desk.TicketPanel;

/** Macros and scripts beside the agent's composer, on the ticket page's side column. */
@Configuration(proxyBeanMethods = false)
class ComposerPanel {

	@Bean
	TicketPanel macrosTicketPanel() {
		return new TicketPanel("macros", 300, "/tickets/{id}/panels/macros", "panel.macros.title", "ticket.read", "side");
	}

}
