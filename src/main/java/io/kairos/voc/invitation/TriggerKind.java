package io.kairos.voc.invitation;

/**
 * What sends a survey. There is no complaint module yet, so "complaint closed" is not offered: a rule that
 * could never fire would look configured and send nothing.
 */
public enum TriggerKind {

	/** The desk resolved a ticket ({@code TicketResolved}). */
	TICKET_RESOLVED,

	/** A ticket's callback fell due ({@code CallbackDue}): the survey goes instead of, or before, the call. */
	CALLBACK_DUE,

	/** A run to the members of a customer segment: reserved; rules of this kind are refused until a run exists. */
	SCHEDULED,

	/** Staff issue a link to hand out (a receipt, a QR code, a chat), optionally for a known customer. */
	PUBLIC_LINK

}
