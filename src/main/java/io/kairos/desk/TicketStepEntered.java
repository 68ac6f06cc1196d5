package io.kairos.desk;

import java.time.Instant;

/** A ticket entered another of the seven service steps; {@code secondsInStep} is the time spent in the one it left. */
public record TicketStepEntered(long ticketId, ServiceStep from, ServiceStep to, long secondsInStep, Long actorId,
		Instant at) {
}
