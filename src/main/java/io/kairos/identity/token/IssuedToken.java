package io.kairos.identity.token;

import java.io.Serializable;
import java.time.Instant;

/**
 * A newly created API token, with its secret: returned once, at creation, and never again. Serializable
 * because the page shows it after a redirect, through the (database-stored) flash attributes.
 */
public record IssuedToken(long id, String name, String token, String prefix, Instant createdAt)
		implements Serializable {
}
