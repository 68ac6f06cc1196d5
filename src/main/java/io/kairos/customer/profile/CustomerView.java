package io.kairos.customer.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kairos.customer.LifecycleStage;
import io.kairos.shared.contact.Masking;

/** A customer as the API, lists and pages show it: mobile, additional numbers, e-mail, identity number and WeChat
 * openid masked, always. */
public record CustomerView(long id, String name, Gender gender, LocalDate birthday, String province, String city,
		String mobile, String email, String idNumber, CustomerKind kind, String tier, LifecycleStage stage,
		List<Channel> preferredChannels, List<String> tags, Instant createdAt, Instant updatedAt, long version,
		String wechatOpenid, String notes, String language, Long organisationId, AccountManager accountManager, List<Phone> phones) {

	static CustomerView of(Customer customer, AccountManager accountManager) {
		return new CustomerView(customer.id(), customer.name(), customer.gender(), customer.birthday(),
				customer.province(), customer.city(), customer.mobile().masked(), Masking.email(customer.email()),
				Masking.idNumber(customer.idNumber()), customer.kind(), customer.tier(), customer.stage(),
				customer.channels(), customer.tags(), customer.createdAt(), customer.updatedAt(), customer.version(),
				Masking.idNumber(customer.wechatOpenid()), customer.notes(), customer.language(),
				customer.organisationId(), accountManager, masked(customer.phones()));
	}

	/** Additional numbers masked exactly like the mobile. */
	static List<Phone> masked(List<Phone> phones) {
		return phones.stream().map(phone -> new Phone(phone.kind(), Masking.phone(phone.number()))).toList();
	}

}
