package io.kairos.shared.contact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §1.6: personal data is shown masked by default. */
class MaskingTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			zhang.wei@example.com | z***@example.com
			z@example.com         | z***@example.com
			王伟@例子.中国          | 王***@例子.中国
			no-at-sign            | ***
			@example.com          | ***
			""")
	void emailKeepsItsFirstLetterAndDomain(String email, String masked) {
		assertThat(Masking.email(email)).isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			11010519491231002X | 110***********002X
			G12345678          | G12**5678
			E1234567           | E12*4567
			1234567            | *******
			""")
	void idNumberKeepsTheFirstThreeAndLastFourCharacters(String idNumber, String masked) {
		assertThat(Masking.idNumber(idNumber)).isEqualTo(masked);
	}

	@Test
	void phoneIsMaskedFromItsStoredForm() {
		assertThat(Masking.phone("+8613800138000")).isEqualTo("138****8000");
		assertThat(Masking.phone(null)).isNull();
	}

	@Test
	void nothingStaysNothing() {
		assertThat(Masking.email(null)).isNull();
		assertThat(Masking.idNumber(null)).isNull();
	}

}
