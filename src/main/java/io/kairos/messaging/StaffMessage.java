package io.kairos.messaging;

import java.util.regex.Pattern;

/**
 * An e-mail a module wants a member of staff to receive, already written in the member's language (staff mail is
 * generated content such as a report, not a template an admin edits).
 * @param kind a dotted lower-case code for the logs and the outbox list, e.g. {@code report.scheduled}
 * @param staffId who receives it
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part, already escaped by the caller; null for text only
 * @param reference what the message is about, e.g. {@code report-subscription:4}
 * @param dedupKey the caller's key for this message: a second request with the same key sends nothing
 */
public record StaffMessage(String kind, long staffId, String subject, String text, String html, String reference,
		String dedupKey) {

	private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

	public StaffMessage {
		if (kind == null || kind.length() > 64 || !KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("A message kind is a dotted lower-case code: " + kind);
		}
		if (dedupKey == null || dedupKey.isBlank() || dedupKey.length() > 200) {
			throw new IllegalArgumentException("A dedup key has 1 to 200 characters");
		}
		if (reference != null && reference.length() > 100) {
			throw new IllegalArgumentException("A reference has at most 100 characters");
		}
		if (text == null || text.length() > 100_000 || (html != null && html.length() > 200_000)) {
			throw new IllegalArgumentException("A staff message has a text of at most 100,000 characters");
		}
		subject = subject == null ? "" : subject.length() > 300 ? subject.substring(0, 300) : subject;
	}

}
