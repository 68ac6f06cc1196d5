package io.kairos.messaging.template;

/** The template editor's fields. */
public record TemplateForm(String subject, String body, String htmlBody, Integer version) {

	static TemplateForm of(MessageTemplate template) {
		return new TemplateForm(template.subject(), template.body(), template.htmlBody(), template.version());
	}

}
