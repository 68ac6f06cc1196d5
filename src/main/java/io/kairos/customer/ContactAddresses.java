package io.kairos.customer;

/**
 * Where a message for a customer is delivered, in full: the e-mail address, the mobile number in E.164, the
 * WeChat openid (each may be null) and the language to write in ({@code zh-CN} or {@code en}, null when
 * unknown). For delivering messages only: never shown, logged or stored by the receiver.
 */
public record ContactAddresses(CustomerId customer, String email, String mobile, String wechatOpenid,
		String language) {
}
