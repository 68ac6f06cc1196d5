package io.kairos.desk;

import java.time.Instant;

/** A ticket's team or assignee changed; the previous values let listeners keep loads and history right. */
public record TicketAssigned(long ticketId, Long teamId, Long assigneeId, Long previousTeamId, Long previousAssigneeId,
		Long actorId, Instant at) {
}
