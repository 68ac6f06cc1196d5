package io.kairos.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerPanelTests {

	@Test
	void aPanelsPathNamesTheCustomer() {
		CustomerPanel panel = new CustomerPanel("tickets", 300, "/customers/{id}/tickets", "tickets.title", null, true);

		assertThat(panel.pathFor(42)).isEqualTo("/customers/42/tickets");
		assertThatThrownBy(() -> new CustomerPanel("x", 1, "/customers/tickets", "t", null, true))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
