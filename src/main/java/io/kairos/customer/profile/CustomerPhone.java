package io.kairos.customer.profile;

import org.springframework.data.relational.core.mapping.Table;

/** An additional phone number of a customer, in E.164; its place among them is the list position. */
@Table("customer_phone")
record CustomerPhone(PhoneKind kind, String phone) {
}
