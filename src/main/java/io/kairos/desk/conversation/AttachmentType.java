package io.kairos.desk.conversation;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a ticket accepts, recognised by their content (magic bytes), never by the name or the type the
 * client claims: images, PDF, plain UTF-8 text and Office Open XML documents. Anything else is refused, so a
 * script or an HTML page cannot be stored as an "image".
 */
enum AttachmentType {

	PNG("image/png"), JPEG("image/jpeg"), GIF("image/gif"), WEBP("image/webp"), PDF("application/pdf"),
	OFFICE("application/zip"), TEXT("text/plain; charset=UTF-8");

	private final String contentType;

	AttachmentType(String contentType) {
		this.contentType = contentType;
	}

	String contentType() {
		return contentType;
	}

	static Optional<AttachmentType> detect(byte[] content) {
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 'G', 'I', 'F', '8')) {
			return Optional.of(GIF);
		}
		if (startsWith(content, 'R', 'I', 'F', 'F') && content.length >= 12
				&& Arrays.equals(Arrays.copyOfRange(content, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(WEBP);
		}
		if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(PDF);
		}
		if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
			return Optional.of(OFFICE);
		}
		return isPlainText(content) ? Optional.of(TEXT) : Optional.empty();
	}

	/** Valid UTF-8 without control characters other than tab, line feed and carriage return, and not markup. */
	private static boolean isPlainText(byte[] content) {
		if (content.length == 0) {
			return false;
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return false;
			}
		}
		String start = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
		return !(start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<svg")
				|| start.startsWith("<?xml") || start.startsWith("<script"));
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
