package io.kairos.customer.tier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kairos.customer.CustomerPanel;

/** The tier, its override and history on the customer 360 page. */
@Configuration(proxyBeanMethods = false)
class TierPanel {

	@Bean
	CustomerPanel tierCustomerPanel() {
		return new CustomerPanel("tiering", 100, "/customers/{id}/tier", "customer.tiering.title", "customer.read",
				true);
	}

}
