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
 * Tags are typed in one field, separated by commas or spaces; channels are ranked first to third.
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
		Long version) {

	private static final String TAG_SEPARATORS = "[,，;；、\\s]+";

	static CustomerForm empty() {
		return new CustomerForm(null, Gender.UNDISCLOSED, null, null, null, null, null, null, CustomerKind.PERSON,
				LifecycleStage.AWARE, null, null, null, null, null, null, null, null, null, null);
	}

	static CustomerForm of(CustomerView customer) {
		List<Channel> channels = customer.preferredChannels();
		return new CustomerForm(customer.name(), customer.gender(),
				customer.birthday() == null ? null : customer.birthday().toString(), customer.province(),
				customer.city(), null, null, null, customer.kind(), customer.stage(), rank(channels, 0),
				rank(channels, 1), rank(channels, 2), String.join(" ", customer.tags()), null, customer.notes(),
				customer.language(), customer.organisationId(),
				customer.accountManager() == null ? null : customer.accountManager().id(), customer.version());
	}

	NewCustomer toNewCustomer() {
		return new NewCustomer(name, gender, birthday, province, city, mobile, email, idNumber, kind, stage,
				channels(), tagList(), wechatOpenid, notes, language, accountManagerId);
	}

	CustomerChanges toChanges() {
		return new CustomerChanges(name, gender, orEmpty(birthday), orEmpty(province), orEmpty(city), mobile, email,
				idNumber, kind, stage, channels(), tagList(), wechatOpenid, orEmpty(notes), orEmpty(language),
				organisationId == null ? OrganisationRef.NONE : new OrganisationRef(organisationId),
				accountManagerId == null ? AccountManagerRef.NONE : new AccountManagerRef(accountManagerId));
	}

	private List<Channel> channels() {
		return Stream.of(channel1, channel2, channel3).filter(Objects::nonNull).toList();
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
