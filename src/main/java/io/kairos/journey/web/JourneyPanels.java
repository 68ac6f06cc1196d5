package io.kairos.journey.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kairos.customer.CustomerPanel;
import io.kairos.desk.TicketPanel;

/** The journey's sections on the agent's ticket page and on the customer 360 page. */
@Configuration(proxyBeanMethods = false)
class JourneyPanels {

	@Bean
	TicketPanel motTicketPanel() {
		return new TicketPanel("mot-panel", 40, "/tickets/{id}/panels/mot", "mot.panel.title", "journey.read", "side");
	}

	@Bean
	CustomerPanel motCustomerPanel() {
		return new CustomerPanel("mot-history", 60, "/customers/{id}/panels/mot", "mot.history.title", "journey.read", true);
	}

}
