package io.kairos.shared.contact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** B-02: what people type becomes E.164 and is shown masked; what is not a usable number is refused with a reason. */
class PhoneNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "+86 138 0013 8000", "13800138000", "138-0013-8000", "１３８００１３８０００",
			"0086 138 0013 8000", "+8613800138000", " 138.0013.8000 ", "(+86) 138 0013 8000", "＋８６ １３８ ００１３ ８０００" })
	void typedFormsOfOneMobileBecomeOneE164Number(String typed) {
		PhoneNumber number = PhoneNumber.parse(typed);

		assertThat(number.e164()).isEqualTo("+8613800138000");
		assertThat(number.masked()).isEqualTo("138****8000");
		assertThat(number.isMobile()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1380013800                | INVALID
			abc                       | LETTERS
			+86 13800138000 ext 5     | EXTENSION
			13800138000 x5            | EXTENSION
			138OO138OOO               | LETTERS
			12345                     | INVALID
			+86 12800138000           | INVALID
			138001380001              | INVALID
			'  '                      | REQUIRED
			""")
	void unusableNumbersAreRefusedWithTheirReason(String typed, InvalidPhoneNumber.Reason reason) {
		assertThatThrownBy(() -> PhoneNumber.parse(typed)).isInstanceOfSatisfying(InvalidPhoneNumber.class,
				refused -> assertThat(refused.reason()).isEqualTo(reason));
		assertThat(PhoneNumber.tryParse(typed)).isEmpty();
	}

	@Test
	void missingNumberIsRequired() {
		assertThatThrownBy(() -> PhoneNumber.parse(null)).isInstanceOfSatisfying(InvalidPhoneNumber.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("validation.required"));
	}

	@Test
	void overlongInputIsRefusedBeforeParsing() {
		assertThatThrownBy(() -> PhoneNumber.parse("1".repeat(10_000))).isInstanceOf(InvalidPhoneNumber.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			+44 7911 123456   | +447911123456 | +44 79****56 | true
			+1 650-253-0000   | +16502530000  | +1 65****00  | true
			010 8888 8888     | +861088888888 | +86 10****88 | false
			+852 5123 4567    | +85251234567  | +852 51****67 | true
			""")
	void otherNumbersKeepTheirCountryCodeAndTwoDigitsEachEnd(String typed, String e164, String masked, boolean mobile) {
		PhoneNumber number = PhoneNumber.parse(typed);

		assertThat(number.e164()).isEqualTo(e164);
		assertThat(number.masked()).isEqualTo(masked);
		assertThat(number.isMobile()).isEqualTo(mobile);
	}

	@Test
	void textFormIsMaskedSoANumberNeverLeaksIntoALogLine() {
		PhoneNumber number = PhoneNumber.parse("13800138000");

		assertThat(number.toString()).isEqualTo("138****8000").doesNotContain("13800138000");
	}

	@Test
	void storedFormMustBeE164() {
		assertThatThrownBy(() -> new PhoneNumber("13800138000")).isInstanceOf(IllegalArgumentException.class);
		assertThat(new PhoneNumber("+8613800138000")).isEqualTo(PhoneNumber.parse("138 0013 8000"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "13012345678", "14712345678", "15212345678", "16612345678", "17712345678", "18812345678",
			"19912345678" })
	void chineseMobilePrefixesAreMobiles(String typed) {
		assertThat(PhoneNumber.parse(typed).isMobile()).isTrue();
	}

}
