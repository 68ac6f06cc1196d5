package io.kairos.customer.care;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kairos.customer.CustomerPanel;

/** Personality and reception hints, lifecycle moves, contracts, consents and segments on the 360 page. */
@Configuration(proxyBeanMethods = false)
class ServiceProfilePanel {

	@Bean
	CustomerPanel serviceProfileCustomerPanel() {
		return new CustomerPanel("service-profile", 200, "/customers/{id}/service-profile", "care.load", null, false);
	}

}
