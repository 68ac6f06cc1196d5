package io.kairos.customer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.profile.Channel;
import io.kairos.customer.profile.Customers;
import io.kairos.customer.profile.NewCustomer;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.contact.InvalidPhoneNumber;
import io.kairos.shared.contact.PhoneNumber;

/**
 * How other modules turn the contact details a requester gave (name, phone, e-mail) into a customer: the
 * customer who already has that mobile number, else the one with that e-mail address, else a new person
 * registered through the customer base's own rules, preferring to be answered on the channels they gave. Problems name the fields as {@code customer.name},
 * {@code customer.phone} and {@code customer.email}, the way a ticket request carries them.
 */
@Service
public class CustomerIntake {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private final JdbcClient jdbc;

	private final Customers customers;

	CustomerIntake(JdbcClient jdbc, Customers customers) {
		this.jdbc = jdbc;
		this.customers = customers;
	}

	/** Whether a customer with this id exists (erased customers too: their records keep their statistics). */
	@Transactional(readOnly = true)
	public boolean exists(CustomerId id) {
		return jdbc.sql("select count(*) from customer where id = :id").param("id", id.value()).query(Long.class).single() > 0;
	}

	@Transactional
	public CustomerId identify(String name, String phone, String email) {
		PhoneNumber mobile = phone == null || phone.isBlank() ? null : mobile(phone);
		String address = email == null || email.isBlank() ? null : email(email);
		if (mobile == null && address == null) {
			throw ProblemException.invalid("customer.phone", "problem.customer.intake.contact-required");
		}
		Optional<Long> known = mobile == null ? Optional.empty() : byMobile(mobile);
		if (known.isEmpty() && address != null) {
			known = byEmail(address);
		}
		if (known.isPresent()) {
			return new CustomerId(known.get());
		}
		if (mobile == null) {
			// The customer base keys people by mobile number; an e-mail alone cannot register one.
			throw ProblemException.invalid("customer.phone", "problem.customer.intake.phone-required");
		}
		String cleanName = name(name);
		try {
			// The channels the requester just used are the ones to answer on: e-mail first when given, else SMS.
			List<Channel> channels = address == null ? List.of(Channel.SMS) : List.of(Channel.EMAIL, Channel.SMS);
			var created = customers.create(new NewCustomer(cleanName, null, null, null, null, mobile.e164(), address, null,
					null, null, channels, null, null, null, null, null, null, null));
			return new CustomerId(created.id());
		}
		catch (ProblemException refused) {
			throw renamed(refused);
		}
	}

	private Optional<Long> byMobile(PhoneNumber mobile) {
		return jdbc.sql("select id from customer where mobile = :mobile").param("mobile", mobile.e164()).query(Long.class).optional();
	}

	private Optional<Long> byEmail(String email) {
		return jdbc.sql("select min(id) from customer where email = :email and erased_at is null")
			.param("email", email)
			.query(Long.class)
			.optional();
	}

	private static PhoneNumber mobile(String typed) {
		try {
			PhoneNumber parsed = PhoneNumber.parse(typed);
			if (!parsed.isMobile()) {
				throw new InvalidPhoneNumber(InvalidPhoneNumber.Reason.NOT_MOBILE);
			}
			return parsed;
		}
		catch (InvalidPhoneNumber invalid) {
			throw ProblemException.invalid("customer.phone", invalid.messageKey());
		}
	}

	private static String email(String typed) {
		String trimmed = typed.strip().toLowerCase(Locale.ROOT);
		if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
			throw ProblemException.invalid("customer.email", "validation.email");
		}
		return trimmed;
	}

	private static String name(String typed) {
		if (typed == null || typed.isBlank()) {
			throw ProblemException.invalid("customer.name", "validation.required");
		}
		String trimmed = typed.strip();
		if (trimmed.length() > 100) {
			throw ProblemException.invalid("customer.name", "problem.customer.intake.name-too-long", 100);
		}
		if (CONTROL.matcher(trimmed).find()) {
			throw ProblemException.invalid("customer.name", "validation.no-control-characters");
		}
		return trimmed;
	}

	private static final Map<String, String> FIELDS = Map.of("name", "customer.name", "mobile", "customer.phone", "email",
			"customer.email");

	private static ProblemException renamed(ProblemException refused) {
		String field = refused.field() == null ? null : FIELDS.getOrDefault(refused.field(), "customer." + refused.field());
		return new ProblemException(refused.status(), refused.messageKey(), field, refused.arguments());
	}

}
