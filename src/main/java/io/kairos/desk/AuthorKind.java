package io.kairos.desk;

/** Who wrote a conversation message: staff, the customer (an inbound contact) or Kairos itself. */
public enum AuthorKind {
	STAFF, CUSTOMER, SYSTEM
}
