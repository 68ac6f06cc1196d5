package io.kairos.identity.token;

import java.time.Instant;

/** A newly created API token, with its secret: returned once, at creation, and never again. */
public record IssuedToken(long id, String name, String token, String prefix, Instant createdAt) {
}
