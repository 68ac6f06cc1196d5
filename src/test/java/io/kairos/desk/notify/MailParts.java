package io.kairos.desk.notify;

import java.io.IOException;
import java.net.ServerSocket;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** Reading the parts of a received e-mail, and free ports for test SMTP servers. */
final class MailParts {

	private MailParts() {
	}

	static String part(MimeMessage mail, String type) throws Exception {
		return find((Multipart) mail.getContent(), type);
	}

	private static String find(Multipart multipart, String type) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof Multipart nested) {
				String found = find(nested, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
