package io.kairos.customer.profile;

import org.springframework.data.relational.core.mapping.Table;

/** One of a customer's preferred channels; its place in the customer's ranking is the list position. */
@Table("customer_channel")
record PreferredChannel(Channel channel) {
}
