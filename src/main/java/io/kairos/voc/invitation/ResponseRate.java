package io.kairos.voc.invitation;

/**
 * How a survey's invitations of one trigger fared.
 * @param delivered invitations that reached a customer or were handed out (sent, answered, expired)
 * @param rate answered ÷ delivered in percent, one decimal; null when nothing was delivered
 */
public record ResponseRate(TriggerKind trigger, long invitations, long pending, long delivered, long suppressed,
		long noChannel, long answered, Double rate) {

	/** answered ÷ delivered as a percentage rounded to one decimal (AAPOR's simplest response rate, RR1 style). */
	static Double rate(long answered, long delivered) {
		if (delivered == 0) {
			return null;
		}
		return Math.round(1000.0 * answered / delivered) / 10.0;
	}

}
