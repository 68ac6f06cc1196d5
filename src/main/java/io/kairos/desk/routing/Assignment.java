package io.kairos.desk.routing;

/**
 * Where a ticket goes: a team and, when one is chosen, an agent of it; {@code reason} says why (account-manager,
 * round-robin, least-loaded, manual, no-eligible-agent, no-team) for the ticket's history.
 */
public record Assignment(Long teamId, Long assigneeId, String reason) {
}
