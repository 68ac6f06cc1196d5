package io.kairos.shared.contact;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A telephone number, kept in E.164 ({@code +8613800138000}) and read from whatever people type: spaces,
 * dashes, dots, brackets, full-width digits, {@code +86} or {@code 0086}; without a country prefix it is a
 * Chinese number. Numbers with an extension, with letters or that no numbering plan knows are refused.
 * {@link #toString()} is the masked form, so a number never reaches a log line in full by accident.
 */
public record PhoneNumber(String e164) {

	/** The region assumed for numbers typed without a country prefix. */
	public static final String DEFAULT_REGION = "CN";

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}");

	private static final int MAX_TYPED_LENGTH = 40;

	private static final int CHINA = 86;

	public PhoneNumber {
		if (e164 == null || !E164.matcher(e164).matches()) {
			throw new IllegalArgumentException("Not an E.164 number");
		}
	}

	/** Reads a number as a person typed it; refuses it with the reason when it is not a usable number. */
	public static PhoneNumber parse(String typed) {
		if (typed == null || typed.isBlank()) {
			throw new InvalidPhoneNumber(InvalidPhoneNumber.Reason.REQUIRED);
		}
		String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
		if (text.length() > MAX_TYPED_LENGTH) {
			throw new InvalidPhoneNumber(InvalidPhoneNumber.Reason.INVALID);
		}
		boolean letters = LETTERS.matcher(text).find();
		Phonenumber.PhoneNumber number;
		try {
			number = PHONES.parse(text, DEFAULT_REGION);
		}
		catch (NumberParseException ex) {
			throw new InvalidPhoneNumber(letters ? InvalidPhoneNumber.Reason.LETTERS : InvalidPhoneNumber.Reason.INVALID);
		}
		if (number.hasExtension()) {
			throw new InvalidPhoneNumber(InvalidPhoneNumber.Reason.EXTENSION);
		}
		if (letters) {
			throw new InvalidPhoneNumber(InvalidPhoneNumber.Reason.LETTERS);
		}
		if (!PHONES.isValidNumber(number)) {
			throw new InvalidPhoneNumber(InvalidPhoneNumber.Reason.INVALID);
		}
		return new PhoneNumber(PHONES.format(number, PhoneNumberFormat.E164));
	}

	/** The number, if the text is one; for search boxes, where text that is not a number is simply something else. */
	public static Optional<PhoneNumber> tryParse(String typed) {
		try {
			return Optional.of(parse(typed));
		}
		catch (InvalidPhoneNumber notANumber) {
			return Optional.empty();
		}
	}

	/** Whether the number can be a mobile phone (some plans, e.g. North America's, do not tell mobiles apart). */
	public boolean isMobile() {
		PhoneNumberType type = PHONES.getNumberType(parsed());
		return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
	}

	/**
	 * The number as lists and pages show it: a Chinese mobile as {@code 138****8000} (first three and last four
	 * digits), any other number with its country code and the first and last two digits ({@code +44 79****56}).
	 */
	public String masked() {
		Phonenumber.PhoneNumber number = parsed();
		String national = PHONES.getNationalSignificantNumber(number);
		if (number.getCountryCode() == CHINA && national.length() == 11 && national.charAt(0) == '1') {
			return national.substring(0, 3) + "****" + national.substring(7);
		}
		String prefix = "+" + number.getCountryCode() + " ";
		if (national.length() < 7) {
			return prefix + "****";
		}
		return prefix + national.substring(0, 2) + "****" + national.substring(national.length() - 2);
	}

	/** The masked number: a phone number must not end up in full in a log or a message by accident. */
	@Override
	public String toString() {
		return masked();
	}

	private Phonenumber.PhoneNumber parsed() {
		try {
			return PHONES.parse(e164, null);
		}
		catch (NumberParseException ex) {
			throw new IllegalStateException("An E.164 number no longer parses", ex);
		}
	}

}
