package io.kairos.desk.routing;

/** Where a ticket goes: a team and, when one is chosen, an agent of it. */
public record Assignment(Long teamId, Long assigneeId) {
}
