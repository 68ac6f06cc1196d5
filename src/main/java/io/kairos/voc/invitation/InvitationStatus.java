package io.kairos.voc.invitation;

/** Where an invitation stands; an unanswered invitation past its expiry is shown as expired. */
public enum InvitationStatus {

	/** Waiting for its send time (a rule's delay). */
	PENDING,

	/** Delivered to messaging, or a link handed out: it can be answered. */
	SENT,

	/** The survey fatigue cap held it back; it will not be sent. */
	SUPPRESSED,

	/** The customer has no consented channel with an address. */
	NO_CHANNEL,

	/** Answered; the token is spent. */
	ANSWERED

}
