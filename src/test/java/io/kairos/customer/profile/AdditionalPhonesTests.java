package io.kairos.customer.profile;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.contact.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdditionalPhonesTests {

	static final PhoneNumber PRIMARY = new PhoneNumber("+8613800138000");

	@Test
	void numbersAreNormalisedToE164InTheOrderGiven() {
		List<PhoneNumber> phones = AdditionalPhones.check(List.of(new Phone(PhoneKind.HOME, "010-6552 9988"),
				new Phone(PhoneKind.MOBILE, "１３９００１３９０００"), new Phone(PhoneKind.WORK, "+86 139 0013 9001")), PRIMARY,
				List.of());

		assertThat(phones).extracting(PhoneNumber::e164)
			.containsExactly("+861065529988", "+8613900139000", "+8613900139001");
	}

	@Test
	void noneGivenIsNone() {
		assertThat(AdditionalPhones.check(null, PRIMARY, List.of())).isEmpty();
		assertThat(AdditionalPhones.check(List.of(), PRIMARY, List.of(new PhoneNumber("+8613900139000")))).isEmpty();
	}

	@Test
	void eachRefusalNamesThePlace() {
		assertRefused(List.of(new Phone(PhoneKind.HOME, "abc")), "phones[0].number", "validation.phone.letters");
		assertRefused(List.of(new Phone(PhoneKind.HOME, "13900139000"), new Phone(null, "13900139001")),
				"phones[1].kind", "validation.required");
		assertRefused(Arrays.asList(new Phone(PhoneKind.HOME, "13900139000"), null), "phones[1].kind",
				"validation.required");
		assertRefused(List.of(new Phone(PhoneKind.OTHER, "")), "phones[0].number", "validation.required");
		assertRefused(List.of(new Phone(PhoneKind.MOBILE, "010-6552 9988")), "phones[0].number",
				"validation.phone.not-mobile");
		assertRefused(List.of(new Phone(PhoneKind.WORK, "138 0013 8000")), "phones[0].number", "validation.phones.primary");
		assertRefused(List.of(new Phone(PhoneKind.WORK, "13900139000"), new Phone(PhoneKind.HOME, "+8613900139000")),
				"phones[1].number", "validation.phones.duplicate");
		assertRefused(List.of(new Phone(PhoneKind.WORK, "13900139000"), new Phone(PhoneKind.WORK, "13900139001"),
				new Phone(PhoneKind.WORK, "13900139002"), new Phone(PhoneKind.WORK, "13900139003")), "phones",
				"validation.phones.too-many");
	}

	@Test
	void aNumberGivenAsItsMaskKeepsTheCurrentNumber() {
		PhoneNumber home = new PhoneNumber("+861065529988");
		PhoneNumber mobile = new PhoneNumber("+8613900139000");

		List<PhoneNumber> kept = AdditionalPhones.check(List.of(new Phone(PhoneKind.MOBILE, "139****9000"),
				new Phone(PhoneKind.OTHER, " +86 10****88 ")), PRIMARY, List.of(home, mobile));

		assertThat(kept).containsExactly(mobile, home);
		assertRefused(List.of(new Phone(PhoneKind.HOME, "139****9000")), "phones[0].number", "validation.phone.invalid",
				List.of());
	}

	private static void assertRefused(List<Phone> phones, String field, String messageKey) {
		assertRefused(phones, field, messageKey, List.of());
	}

	private static void assertRefused(List<Phone> phones, String field, String messageKey, List<PhoneNumber> current) {
		assertThatThrownBy(() -> AdditionalPhones.check(phones, PRIMARY, current)).isInstanceOfSatisfying(
				ProblemException.class, problem -> {
					assertThat(problem.field()).isEqualTo(field);
					assertThat(problem.messageKey()).isEqualTo(messageKey);
				});
	}

}
