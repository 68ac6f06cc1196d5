package io.kairos.identity;

/** A staff member's roles, and so their permissions, changed; published in the changing transaction. */
public record StaffRolesChanged(long userId) {
}
