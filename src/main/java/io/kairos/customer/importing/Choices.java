package io.kairos.customer.importing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * The values a choice column accepts: the code ({@code MALE}) in any case, and the name people see in Chinese or
 * English ({@code 男}, {@code Male}), plus a few extra spellings.
 */
final class Choices<E extends Enum<E>> {

	private final Map<String, E> byText = new HashMap<>();

	private final String codes;

	Choices(Class<E> type, Function<E, String> messageKey, MessageSource messages, Map<String, E> extra) {
		for (E value : type.getEnumConstants()) {
			byText.put(normal(value.name()), value);
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				String label = messages.getMessage(messageKey.apply(value), null, null, locale);
				if (label != null) {
					byText.putIfAbsent(normal(label), value);
				}
			}
		}
		extra.forEach((text, value) -> byText.put(normal(text), value));
		this.codes = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

	Optional<E> parse(String text) {
		return Optional.ofNullable(byText.get(normal(text)));
	}

	/** The codes, for the error message. */
	String codes() {
		return codes;
	}

	private static String normal(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

}
