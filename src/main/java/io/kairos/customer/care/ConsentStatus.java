package io.kairos.customer.care;

/** Whether a customer agreed to be contacted on a channel. */
public enum ConsentStatus {

	GRANTED, WITHDRAWN

}
