package io.kairos.voc.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kairos.customer.CustomerPanel;

/** The customer's survey answers on the customer 360 page. */
@Configuration(proxyBeanMethods = false)
class CustomerAnswersPanel {

	@Bean
	CustomerPanel surveyAnswersCustomerPanel() {
		return new CustomerPanel("survey-answers", 170, "/voc/customers/{id}/answers", "voc.customer.title", "voc.read",
				true);
	}

}
