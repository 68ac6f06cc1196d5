/**
 * Identity: staff users, their roles and permissions, API tokens, sign-in and the append-only audit log.
 * Other modules record audit entries through {@link io.kairos.identity.AuditLog}.
 */
@ApplicationModule(allowedDependencies = "shared")
package io.kairos.identity;

import org.springframework.modulith.ApplicationModule;
