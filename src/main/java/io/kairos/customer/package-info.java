/**
 * The customer base (SPEC §1): customers with their contact data, region, lifecycle stage, tier, preferred
 * channels and tags. Phone numbers, e-mail addresses and identity numbers leave this module masked; the full
 * values are shown only on an explicit, audited reveal by a role holding {@code customer.pii.reveal}.
 * <p>
 * Duplicate rule: a mobile number (compared in E.164, whatever way it was typed) belongs to one customer.
 * Creating a customer with, or changing a customer to, a number another customer already has is refused
 * with 409, naming the existing customer's id and its masked number; records are never merged silently.
 * <p>
 * Other modules read customers through {@link io.kairos.customer.CustomerDirectory}.
 */
@ApplicationModule(allowedDependencies = { "identity", "shared" })
package io.kairos.customer;

import org.springframework.modulith.ApplicationModule;
