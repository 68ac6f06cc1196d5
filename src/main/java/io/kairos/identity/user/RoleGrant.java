package io.kairos.identity.user;

import org.springframework.data.relational.core.mapping.Table;

import io.kairos.identity.Role;

/** One role held by a staff user. */
@Table("staff_user_role")
record RoleGrant(Role role) {
}
