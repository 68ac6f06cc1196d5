package io.kairos.customer.care;

/** How to receive a customer in a situation (returning, new, expert, in a hurry, …), in both languages. */
public record ReceptionHint(String code, String situationEn, String situationZh, String hintEn, String hintZh,
		long version) {
}
