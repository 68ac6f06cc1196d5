package io.kairos.identity;

/**
 * A staff user's password was changed or reset: every session of theirs ends, except the one that made
 * the change ({@code keptSessionId}, null when an administrator reset it).
 */
public record StaffPasswordChanged(long userId, String username, String keptSessionId) {
}
