package io.kairos.desk.automation.macro;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A macro's reply text with {@code {{placeholders}}}. Rendering replaces each known placeholder once with its
 * value taken literally: a value is plain text (never markup, never expanded again), so a customer named
 * {@code {{agent.name}}} or {@code <script>} stays exactly that. Unknown placeholders are refused when a macro is
 * saved ({@link #unknown}); should one reach rendering anyway it is left visible rather than silently dropped.
 */
public final class MacroTemplate {

	public static final List<String> PLACEHOLDERS = List.of("customer.name", "ticket.number", "ticket.subject",
			"agent.name");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}\\s]+)\\s*}}");

	private MacroTemplate() {
	}

	/** The placeholders of the text that Kairos does not know, in order of first use. */
	public static Set<String> unknown(String text) {
		Set<String> unknown = new LinkedHashSet<>();
		if (text == null) {
			return unknown;
		}
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			if (!PLACEHOLDERS.contains(matcher.group(1))) {
				unknown.add(matcher.group(1));
			}
		}
		return unknown;
	}

	/** The text with each known placeholder replaced by its value (null values as empty text). */
	public static String render(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder rendered = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String replacement = PLACEHOLDERS.contains(name) ? values.getOrDefault(name, "") : matcher.group();
			matcher.appendReplacement(rendered, Matcher.quoteReplacement(replacement == null ? "" : replacement));
		}
		matcher.appendTail(rendered);
		return rendered.toString();
	}

}
