package io.kairos.messaging;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import io.kairos.customer.CustomerId;
import io.kairos.customer.Purpose;

/**
 * A message a module wants a customer to receive.
 * @param kind the message kind, a code with a template per channel and language, e.g. {@code ticket.received}
 * @param customerId who receives it
 * @param purpose decides which consent the channel needs
 * @param proactive true when the customer did not just ask for it (a reminder, a survey): frequency caps apply
 * @param variables values for the template's placeholders ({@code {{customerName}}}); text, never markup
 * @param reference what the message is about, for people reading the logs, e.g. {@code ticket:42}
 * @param dedupKey the caller's key for this message: a second request with the same key sends nothing
 */
public record Notification(String kind, CustomerId customerId, Purpose purpose, boolean proactive,
		Map<String, String> variables, String reference, String dedupKey) {

	/** The longest value a placeholder takes (a reply's text fits; a whole document does not belong in a message). */
	public static final int MAX_VALUE = 20_000;

	private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

	public Notification {
		Objects.requireNonNull(customerId, "customerId");
		Objects.requireNonNull(purpose, "purpose");
		if (kind == null || kind.length() > 64 || !KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("A message kind is a dotted lower-case code: " + kind);
		}
		if (dedupKey == null || dedupKey.isBlank() || dedupKey.length() > 200) {
			throw new IllegalArgumentException("A dedup key has 1 to 200 characters");
		}
		if (reference != null && reference.length() > 100) {
			throw new IllegalArgumentException("A reference has at most 100 characters");
		}
		variables = copy(variables);
	}

	private static Map<String, String> copy(Map<String, String> variables) {
		if (variables == null) {
			return Map.of();
		}
		Map<String, String> copy = new java.util.HashMap<>();
		variables.forEach((name, value) -> {
			if (value != null && value.length() > MAX_VALUE) {
				throw new IllegalArgumentException("The value of " + name + " is longer than " + MAX_VALUE);
			}
			copy.put(name, value == null ? "" : value);
		});
		return Map.copyOf(copy);
	}

}
