package io.kairos.voc.invitation;

import java.time.Instant;

/**
 * The answer to issuing an invitation. The link (with its token) is shown this once and only for a link handed
 * out by staff; a link sent to a customer goes only into the message.
 * @param delivery messaging's outcome ({@code QUEUED}, {@code SUPPRESSED}, {@code NO_CHANNEL}) or null for a
 *     link that was not sent
 */
public record IssuedLink(long id, String status, String link, String delivery, String channel, Instant expiresAt) {
}
