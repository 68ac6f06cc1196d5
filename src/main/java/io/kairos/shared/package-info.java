/**
 * The shared kernel: request ids, API error and idempotency conventions, keyset paging, time, and phone
 * numbers with the masking of personal contact data.
 * Every module may use it; it depends on no business module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.kairos.shared;

import org.springframework.modulith.ApplicationModule;
