package io.kairos.customer;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.care.Personalities;

/** The customer module's facade for the agent serving a customer: how to receive them (SPEC §1.5). */
@Service
public class ReceptionStrategies {

	private final Personalities personalities;

	private final CustomerDirectory customers;

	ReceptionStrategies(Personalities personalities, CustomerDirectory customers) {
		this.personalities = personalities;
		this.customers = customers;
	}

	/** The customer's personality type with its handling strategy; empty when none is set or the customer is unknown. */
	@Transactional(readOnly = true)
	public Optional<ReceptionStrategy> of(CustomerId id) {
		if (customers.findSummary(id).isEmpty()) {
			return Optional.empty();
		}
		return personalities.of(id.value())
			.map(type -> new ReceptionStrategy(type.code(), type.nameZh(), type.nameEn(), type.strategyZh(),
					type.strategyEn()));
	}

}
