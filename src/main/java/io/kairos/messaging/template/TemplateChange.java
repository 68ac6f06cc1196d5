package io.kairos.messaging.template;

/** An admin's edit of a template; {@code version} is the one the edit was made from. */
public record TemplateChange(String subject, String body, String htmlBody, Integer version) {
}
