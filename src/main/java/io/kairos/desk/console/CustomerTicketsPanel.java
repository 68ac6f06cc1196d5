package io.kairos.desk.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kairos.customer.CustomerPanel;

/** The customer's latest tickets on the customer 360 page. */
@Configuration(proxyBeanMethods = false)
class CustomerTicketsPanel {

	@Bean
	CustomerPanel ticketsCustomerPanel() {
		return new CustomerPanel("customer-tickets", 150, "/desk/customers/{id}/tickets", "desk.customerTickets.title",
				"ticket.read", true);
	}

}
