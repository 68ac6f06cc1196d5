package io.kairos.identity;

/** A staff user was disabled: their sessions and tokens stop working. */
public record StaffUserDisabled(long userId, String username) {
}
