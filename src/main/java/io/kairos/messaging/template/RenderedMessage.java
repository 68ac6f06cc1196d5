package io.kairos.messaging.template;

/** A template filled in for one message: subject (e-mail only), text, and the HTML part (e-mail only). */
public record RenderedMessage(String locale, String subject, String text, String html) {
}
