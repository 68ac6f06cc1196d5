package io.kairos.customer.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.kairos.customer.CustomerDataContributor;
import io.kairos.customer.CustomerId;
import io.kairos.customer.LifecycleStage;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.contact.PhoneNumber;

/**
 * The profile's part of a subject export and erasure: the customer row with its preferred channels and
 * tags. It runs last, so the other parts can still read the profile while they erase their own data.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ProfileData implements CustomerDataContributor {

	/** The pseudonym an erased customer is shown under; it names the id only. */
	static final String PSEUDONYM = "已删除客户 #";

	/**
	 * China's numbering plan assigns no 11-digit number beginning with 12 (libphonenumber calls them invalid,
	 * and Kairos refuses them as input), so {@code +8612} followed by the nine-digit zero-padded id is a unique
	 * E.164 string that is nobody's phone number and can never clash with a customer's real one. It still
	 * parses and masks like any Chinese number, so every page and list keeps working.
	 */
	static final String PLACEHOLDER_PREFIX = "+8612";

	private final CustomerRepository customers;

	private final Clock clock;

	ProfileData(CustomerRepository customers, Clock clock) {
		this.customers = customers;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "profile";
	}

	@Override
	public Object export(CustomerId id) {
		Customer c = load(id);
		return new Profile(c.id(), c.name(), c.gender(), c.birthday(), c.province(), c.city(), c.mobile().e164(),
				c.email(), c.idNumber(), c.kind(), c.tier(), c.stage(), c.channels(), c.tags(), c.createdAt(),
				c.updatedAt(), c.erasedAt());
	}

	@Override
	public void erase(CustomerId id) {
		Customer customer = load(id);
		customer.erase(pseudonym(id), placeholderMobile(id), clock.instant());
		customers.save(customer);
	}

	static String pseudonym(CustomerId id) {
		return PSEUDONYM + id.value();
	}

	static PhoneNumber placeholderMobile(CustomerId id) {
		return new PhoneNumber(PLACEHOLDER_PREFIX + String.format("%09d", id.value()));
	}

	private Customer load(CustomerId id) {
		return customers.findById(id.value())
			.orElseThrow(() -> ProblemException.notFound("problem.customer.not-found"));
	}

	/** The profile in full, contact data included: it is the subject's own data. */
	record Profile(long id, String name, Gender gender, LocalDate birthday, String province, String city,
			String mobile, String email, String idNumber, CustomerKind kind, String tier, LifecycleStage stage,
			List<Channel> preferredChannels, List<String> tags, Instant createdAt, Instant updatedAt,
			Instant erasedAt) {
	}

}
