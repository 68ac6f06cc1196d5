/**
 * The web shell: page layout, role-aware navigation, language and time-zone resolution, the home
 * dashboard and the OpenAPI description. Business modules bring their own pages into this frame.
 */
@ApplicationModule(allowedDependencies = { "identity", "shared" })
package io.kairos.web;

import org.springframework.modulith.ApplicationModule;
