package io.kairos.messaging.template;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} placeholders. Values are text: in HTML they are escaped, so a value can never become
 * markup. A placeholder without a value becomes empty rather than showing its braces to a customer.
 */
public final class Placeholders {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\}\\}");

	private Placeholders() {
	}

	public static String text(String template, Map<String, String> values) {
		return fill(template, values, false);
	}

	/** An HTML template: the template's own markup stays, the values are escaped. */
	public static String html(String template, Map<String, String> values) {
		return fill(template, values, true);
	}

	/** The HTML part for a text body: everything escaped, blank lines make paragraphs, line breaks stay. */
	public static String htmlFromText(String text) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>\n")).append("</p>\n");
		}
		return html.append("</body></html>").toString();
	}

	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static String fill(String template, Map<String, String> values, boolean html) {
		if (template == null) {
			return null;
		}
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder(template.length() + 64);
		while (matcher.find()) {
			String value = values.getOrDefault(matcher.group(1), "");
			if (value == null) {
				value = "";
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(html ? escape(value) : value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
