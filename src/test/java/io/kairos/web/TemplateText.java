package io.kairos.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Finds user-facing text written literally into a Thymeleaf template instead of coming from a message
 * key: a text node with letters whose element does not replace its body, or a visible attribute
 * (placeholder, title, alt, aria-label) with letters and no {@code th:} counterpart.
 */
final class TemplateText {

	private static final Pattern LETTERS = Pattern.compile("\\p{L}");

	private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:errors", "sec:authentication");

	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");

	private static final Set<String> CODE_ELEMENTS = Set.of("script", "style");

	private TemplateText() {
	}

	static List<String> literalTextIn(String template) {
		Document document = Jsoup.parse(template, "", Parser.xmlParser());
		List<String> found = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			if (CODE_ELEMENTS.contains(element.tagName()) || replacesBody(element)) {
				continue;
			}
			for (TextNode text : element.textNodes()) {
				if (LETTERS.matcher(text.text()).find()) {
					found.add("<" + element.tagName() + "> text \"" + text.text().strip() + "\"");
				}
			}
			for (Attribute attribute : element.attributes()) {
				if (VISIBLE_ATTRIBUTES.contains(attribute.getKey()) && LETTERS.matcher(attribute.getValue()).find()
						&& !element.hasAttr("th:" + attribute.getKey())) {
					found.add("<" + element.tagName() + "> " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
				}
			}
		}
		return found;
	}

	private static boolean replacesBody(Element element) {
		return element.attributes().asList().stream().anyMatch(attribute -> BODY_REPLACING.contains(attribute.getKey()));
	}

}
