package io.kairos.customer.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.kairos.shared.api.ProblemException;

/**
 * How an imported file is read: a UTF-8 byte order mark means UTF-8; otherwise a file that decodes as strict UTF-8
 * is UTF-8 and anything else is GB18030 (what Excel and WPS save on Chinese Windows). A charset named by the caller
 * ({@code utf-8} or {@code gb18030}) overrides the guess.
 */
final class CsvCharset {

	static final Charset GB18030 = Charset.forName("GB18030");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private CsvCharset() {
	}

	/** The file's text, without a byte order mark. */
	static String decode(byte[] bytes, String requested) {
		Charset charset = requested == null || requested.isBlank() ? detect(bytes) : named(requested);
		String text = new String(bytes, charset);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	static Charset detect(byte[] bytes) {
		if (hasBom(bytes)) {
			return StandardCharsets.UTF_8;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException notUtf8) {
			return GB18030;
		}
	}

	static Charset named(String requested) {
		return switch (requested.strip().toLowerCase(Locale.ROOT)) {
			case "utf-8", "utf8" -> StandardCharsets.UTF_8;
			case "gb18030" -> GB18030;
			default -> throw ProblemException.invalid("charset", "problem.import.charset", requested);
		};
	}

	private static boolean hasBom(byte[] bytes) {
		return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
	}

}
