package io.kairos.desk.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Attachment bytes on disk, in a directory outside anything the web server serves, under random names (the
 * original file name is only data in the database). A file written in a transaction that rolls back is removed.
 */
@Component
class AttachmentStore {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path directory;

	AttachmentStore(@Value("${kairos.desk.attachments-dir:./data/attachments}") Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	/** Stores the bytes and returns their storage key. */
	String store(byte[] content) {
		byte[] random = new byte[16];
		RANDOM.nextBytes(random);
		String key = HexFormat.of().formatHex(random);
		Path file = directory.resolve(key);
		try {
			Files.createDirectories(directory);
			Files.write(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						file.toFile().delete();
					}
				}
			});
		}
		return key;
	}

	Path locate(String key) {
		if (!key.matches("[0-9a-f]{32}")) {
			throw new IllegalArgumentException("Not a storage key");
		}
		return directory.resolve(key);
	}

}
