package io.kairos.customer.profile;

import org.springframework.data.relational.core.mapping.Table;

/** A free label on a customer, e.g. "VIP" or "企业主". */
@Table("customer_tag")
record CustomerTag(String tag) {
}
