package io.kairos.customer.profile;

/** A customer's contact data in full, the answer to an audited reveal; never cached, never listed. */
public record RevealedContact(long id, String mobile, String email, String idNumber, String wechatOpenid,
		java.util.List<Phone> phones) {
}
