package io.kairos.customer.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.kairos.customer.LifecycleStage;

/**
 * The pages' customer form, for adding and for changing. On the change form the contact fields (the WeChat openid
 * included) start empty
 * (the page never holds them in full): left empty they stay as they are, filled in they replace the value.
 * Tags are typed in one field, separated by commas or spaces; channels are ranked first to third. Additional phone
 * numbers are three rows of kind and number; on the change form they start masked, and a masked number left as it is
 * stays as it is.
 */
record CustomerForm(
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
		@Pattern(regexp = TextRules.NO_CONTROL, message = "{validation.no-control-characters}") String name,
		Gender gender,
		String birthday,
		@Size(max = 50, message = "{validation.max-length}")
		@Pattern(regexp = TextRules.NO_CONTROL, message = "{validation.no-control-characters}") String province,
		@Size(max = 50, message = "{validation.max-length}")
		@Pattern(regexp = TextRules.NO_CONTROL, message = "{validation.no-control-characters}") String city,
		String mobile,
		@Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max-length}") String email,
		@Pattern(regexp = TextRules.ID_NUMBER, message = "{validation.id-number}") String idNumber,
		CustomerKind kind,
		LifecycleStage stage,
		Channel channel1,
		Channel channel2,
		Channel channel3,
		@Size(max = 800, message = "{validation.max-length}")
		@Pattern(regexp = TextRules.NO_CONTROL, message = "{validation.no-control-characters}") String tags,
		@Pattern(regexp = TextRules.WECHAT_OPENID, message = "{validation.wechat-openid}") String wechatOpenid,
		@Size(max = TextRules.MAX_NOTES, message = "{validation.max-length}")
		@Pattern(regexp = TextRules.MULTILINE, message = "{validation.no-control-characters}") String notes,
		@Pattern(regexp = TextRules.LANGUAGE, message = "{validation.language}") String language,
		Long organisationId,
		Long accountManagerId,
		PhoneKind phoneKind1, String phone1,
		PhoneKind phoneKind2, String phone2,
		PhoneKind phoneKind3, String phone3,
		Long version) {

	private static final String TAG_SEPARATORS = "[,，;；、\\s]+";

	static CustomerForm empty() {
		return new CustomerForm(null, Gender.UNDISCLOSED, null, null, null, null, null, null, CustomerKind.PERSON,
				LifecycleStage.AWARE, null, null, null, null, null, null, null, null, null, PhoneKind.MOBILE, null,
				PhoneKind.MOBILE, null, PhoneKind.MOBILE, null, null);
	}

	static CustomerForm of(CustomerView customer) {
		List<Channel> channels = customer.preferredChannels();
		List<Phone> phones = customer.phones();
		return new CustomerForm(customer.name(), customer.gender(),
				customer.birthday() == null ? null : customer.birthday().toString(), customer.province(),
				customer.city(), null, null, null, customer.kind(), customer.stage(), rank(channels, 0),
				rank(channels, 1), rank(channels, 2), String.join(" ", customer.tags()), null, customer.notes(),
				customer.language(), customer.organisationId(),
				customer.accountManager() == null ? null : customer.accountManager().id(), kind(phones, 0),
				number(phones, 0), kind(phones, 1), number(phones, 1), kind(phones, 2), number(phones, 2),
				customer.version());
	}

	NewCustomer toNewCustomer() {
		return new NewCustomer(name, gender, birthday, province, city, mobile, email, idNumber, kind, stage,
				channels(), tagList(), wechatOpenid, notes, language, accountManagerId, organisationId, phones());
	}

	CustomerChanges toChanges() {
		return new CustomerChanges(name, gender, orEmpty(birthday), orEmpty(province), orEmpty(city), mobile, email,
				idNumber, kind, stage, channels(), tagList(), wechatOpenid, orEmpty(notes), orEmpty(language),
				organisationId == null ? OrganisationRef.NONE : new OrganisationRef(organisationId),
				accountManagerId == null ? AccountManagerRef.NONE : new AccountManagerRef(accountManagerId), phones());
	}

	private List<Channel> channels() {
		return Stream.of(channel1, channel2, channel3).filter(Objects::nonNull).toList();
	}

	/** The filled-in rows; an emptied row removes its number. A masked number is the one the page showed: kept. */
	private List<Phone> phones() {
		List<Phone> phones = new ArrayList<>();
		addPhone(phones, phoneKind1, phone1);
		addPhone(phones, phoneKind2, phone2);
		addPhone(phones, phoneKind3, phone3);
		return phones;
	}

	/**
	 * The form field for a field the service names among the phones ({@code phones[1].number}: the second filled-in
	 * row's number, e.g. {@code phone3} when the second row is empty), or {@code null} for any other field.
	 */
	String phoneField(String field) {
		java.util.regex.Matcher place = PHONE_FIELD.matcher(field == null ? "" : field);
		if (!place.matches()) {
			return null;
		}
		List<Integer> filled = new ArrayList<>();
		String[] numbers = { phone1, phone2, phone3 };
		for (int row = 0; row < numbers.length; row++) {
			if (numbers[row] != null && !numbers[row].isBlank()) {
				filled.add(row + 1);
			}
		}
		int index = place.group(1) == null ? 0 : Integer.parseInt(place.group(1));
		int row = index < filled.size() ? filled.get(index) : 1;
		return ("kind".equals(place.group(2)) ? "phoneKind" : "phone") + row;
	}

	private static final java.util.regex.Pattern PHONE_FIELD = java.util.regex.Pattern
		.compile("phones(?:\\[(\\d+)\\](?:\\.(number|kind))?)?");

	private static void addPhone(List<Phone> phones, PhoneKind kind, String number) {
		if (number != null && !number.isBlank()) {
			phones.add(new Phone(kind, number.strip()));
		}
	}

	private static PhoneKind kind(List<Phone> phones, int index) {
		return phones.size() > index ? phones.get(index).kind() : PhoneKind.MOBILE;
	}

	private static String number(List<Phone> phones, int index) {
		return phones.size() > index ? phones.get(index).number() : null;
	}

	private List<String> tagList() {
		if (tags == null || tags.isBlank()) {
			return List.of();
		}
		return new ArrayList<>(Arrays.stream(tags.strip().split(TAG_SEPARATORS)).filter(tag -> !tag.isEmpty()).toList());
	}

	private static Channel rank(List<Channel> channels, int index) {
		return channels.size() > index ? channels.get(index) : null;
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
