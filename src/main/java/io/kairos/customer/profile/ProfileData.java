package io.kairos.customer.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.kairos.customer.CustomerDataContributor;
import io.kairos.customer.CustomerId;
import io.kairos.customer.LifecycleStage;
import io.kairos.customer.segment.AgeBand;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.contact.PhoneNumber;

/**
 * The profile's part of a subject export and erasure: the customer row with its preferred channels and
 * tags. The birthday is replaced by a date of the same age band (see {@link #birthdayInBand}); region and
 * tags stay only where many other customers share them ({@link SharedValues}). It runs last, so the other
 * parts can still read the profile while they erase their own data.
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

	private final SharedValues shared;

	private final Clock clock;

	private final ZoneId zone;

	ProfileData(CustomerRepository customers, SharedValues shared, Clock clock,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone) {
		this.customers = customers;
		this.shared = shared;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
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
				c.updatedAt(), c.erasedAt(), c.wechatOpenid(), c.notes(), c.language(),
				c.organisationId(), c.accountManagerId(), c.phones());
	}

	@Override
	public void erase(CustomerId id) {
		Customer customer = load(id);
		long key = id.value();
		String province = shared.provinceIsShared(key, customer.province()) ? customer.province() : null;
		String city = shared.cityIsShared(key, customer.province(), customer.city()) ? customer.city() : null;
		customer.erase(pseudonym(id), placeholderMobile(id), birthdayInBand(customer.birthday(), today()), province,
				city, shared.sharedTags(key, java.util.Set.copyOf(customer.tags())), clock.instant());
		customers.save(customer);
	}

	/**
	 * What an erased customer's birthday becomes: not the birthday, but the latest birth date of the age band the
	 * customer is in today (the day before it, should that be the birthday), so segments over age bands keep their
	 * counts. It tells the band and nothing more; null stays null.
	 */
	static LocalDate birthdayInBand(LocalDate birthday, LocalDate today) {
		if (birthday == null || birthday.isAfter(today)) {
			return null;
		}
		LocalDate latest = AgeBand.of(birthday, today).born(today).until();
		return latest.equals(birthday) ? latest.minusDays(1) : latest;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
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
			Instant erasedAt, String wechatOpenid, String notes, String language, Long organisationId,
			Long accountManagerId, List<Phone> phones) {
	}

}
