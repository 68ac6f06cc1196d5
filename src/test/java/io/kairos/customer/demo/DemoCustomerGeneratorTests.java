package io.kairos.customer.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kairos.customer.profile.CustomerKind;
import io.kairos.shared.contact.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCustomerGeneratorTests {

	static final List<DemoCustomer> CUSTOMERS = new DemoCustomerGenerator(DemoCustomerGenerator.DEFAULT_SEED).next(2000);

	@Test
	void theSameSeedGivesTheSameCustomers() {
		assertThat(new DemoCustomerGenerator(DemoCustomerGenerator.DEFAULT_SEED).next(2000)).isEqualTo(CUSTOMERS);
		assertThat(new DemoCustomerGenerator(7).next(10)).isNotEqualTo(CUSTOMERS.subList(0, 10));
	}

	@Test
	void everyMobileIsAValidUniqueChineseMobileInE164() {
		Set<String> seen = new HashSet<>();
		for (DemoCustomer customer : CUSTOMERS) {
			PhoneNumber mobile = PhoneNumber.parse(customer.mobile());
			assertThat(mobile.e164()).isEqualTo(customer.mobile()).startsWith("+86");
			assertThat(mobile.isMobile()).isTrue();
			assertThat(seen.add(customer.mobile())).isTrue();
		}
	}

	@Test
	void peopleHaveChineseNamesAndBirthdaysTheRulesAccept() {
		CUSTOMERS.stream().filter(c -> c.kind() == CustomerKind.PERSON).forEach(c -> {
			assertThat(c.name()).matches("\\p{IsHan}{2,4}");
			assertThat(c.birthday()).isAfterOrEqualTo(LocalDate.of(1900, 1, 1)).isBefore(LocalDate.of(2010, 1, 1));
			assertThat(c.channels()).isNotEmpty().doesNotHaveDuplicates();
		});
		assertThat(CUSTOMERS).anyMatch(c -> c.kind() == CustomerKind.ORGANISATION);
	}

	@Test
	void fewCustomersAreInTheTopTier() {
		long diamond = CUSTOMERS.stream().filter(c -> c.tier().equals("DIAMOND")).count();
		long regular = CUSTOMERS.stream().filter(c -> c.tier().equals("REGULAR")).count();

		assertThat(diamond).isPositive().isLessThan(CUSTOMERS.size() / 10);
		assertThat(regular).isGreaterThan(CUSTOMERS.size() / 2);
	}

	@Test
	void residentIdsCarryTheirBirthdayAndAValidCheckCharacter() {
		assertThat(DemoCustomerGenerator.checkCharacter("11010519491231002")).isEqualTo('X');
		CUSTOMERS.stream().filter(c -> c.idNumber() != null).forEach(c -> {
			assertThat(c.idNumber()).hasSize(18).contains(c.birthday().toString().replace("-", ""));
			assertThat(c.idNumber().charAt(17)).isEqualTo(DemoCustomerGenerator.checkCharacter(c.idNumber().substring(0, 17)));
		});
	}

}
