package io.kairos.customer;

/** Why a customer is being contacted; it decides which consent a channel needs ({@link ContactPolicy}). */
public enum Purpose {

	/** About something the customer has with us: a ticket, a callback, a contract, a survey on their case. */
	SERVICE,

	/** Offers and campaigns. */
	MARKETING

}
