package io.kairos.voc.invitation;

/**
 * Who and what an invitation is about.
 * @param key one invitation per rule and key, e.g. {@code ticket:42}, {@code callback:7}
 */
record InvitationSubject(String key, Long customerId, Long ticketId, Long teamId, Long agentId) {
}
