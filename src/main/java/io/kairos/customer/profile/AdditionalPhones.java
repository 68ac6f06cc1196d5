package io.kairos.customer.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.contact.InvalidPhoneNumber;
import io.kairos.shared.contact.PhoneNumber;

/**
 * The rule for a customer's additional phone numbers: at most {@value #MAX}, each with a kind, normalised to E.164,
 * a {@code MOBILE} one a mobile number, none twice and none the customer's primary mobile. Since reads show the
 * numbers masked, a number given exactly as a read masks one of the customer's current numbers keeps that number:
 * a client (or the page's form) that only holds the masked value can keep it, change its kind or reorder it.
 * Refusals are 400s naming the place ({@code phones[1].number}).
 */
final class AdditionalPhones {

	static final int MAX = 3;

	static final String FIELD = "phones";

	private AdditionalPhones() {
	}

	/** The numbers to store, in order; {@code current} are the customer's numbers now (none for a new customer). */
	static List<PhoneNumber> check(List<Phone> given, PhoneNumber primary, List<PhoneNumber> current) {
		if (given == null) {
			return List.of();
		}
		if (given.size() > MAX) {
			throw ProblemException.invalid(FIELD, "validation.phones.too-many", MAX);
		}
		List<PhoneNumber> unclaimed = new ArrayList<>(current);
		Set<PhoneNumber> seen = new LinkedHashSet<>();
		List<PhoneNumber> result = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			Phone phone = given.get(i);
			String place = FIELD + "[" + i + "]";
			if (phone == null || phone.kind() == null) {
				throw ProblemException.invalid(place + ".kind", "validation.required");
			}
			PhoneNumber number = kept(phone.number(), unclaimed).orElseGet(() -> parse(place, phone));
			if (phone.kind() == PhoneKind.MOBILE && !number.isMobile()) {
				throw ProblemException.invalid(place + ".number", InvalidPhoneNumber.Reason.NOT_MOBILE.messageKey());
			}
			if (number.equals(primary)) {
				throw ProblemException.invalid(place + ".number", "validation.phones.primary");
			}
			if (!seen.add(number)) {
				throw ProblemException.invalid(place + ".number", "validation.phones.duplicate");
			}
			result.add(number);
		}
		return result;
	}

	/** The current number a masked value stands for, claimed so that it keeps only one place. */
	private static java.util.Optional<PhoneNumber> kept(String typed, List<PhoneNumber> unclaimed) {
		if (typed == null) {
			return java.util.Optional.empty();
		}
		String text = typed.strip();
		for (PhoneNumber candidate : unclaimed) {
			if (candidate.masked().equals(text)) {
				unclaimed.remove(candidate);
				return java.util.Optional.of(candidate);
			}
		}
		return java.util.Optional.empty();
	}

	private static PhoneNumber parse(String place, Phone phone) {
		try {
			return PhoneNumber.parse(phone.number());
		}
		catch (InvalidPhoneNumber invalid) {
			throw ProblemException.invalid(place + ".number", invalid.messageKey());
		}
	}

}
