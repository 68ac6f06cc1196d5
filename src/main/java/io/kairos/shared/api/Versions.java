package io.kairos.shared.api;

/**
 * ETag / If-Match for optimistic locking over HTTP: the ETag is the record's version, and a write that
 * names another version is refused with 412 instead of silently overwriting someone else's change.
 */
public final class Versions {

	private static final long NO_SUCH_VERSION = -1;

	private Versions() {
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version a write expects, read from its If-Match header; the current version when the caller sent
	 * none (or {@code *}); a version that matches nothing when the header is not one of our ETags.
	 */
	public static long expected(String ifMatch, long currentVersion) {
		if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
			return currentVersion;
		}
		String value = ifMatch.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		if (value.length() < 3 || !value.startsWith("\"") || !value.endsWith("\"")) {
			return NO_SUCH_VERSION;
		}
		try {
			return Long.parseLong(value.substring(1, value.length() - 1));
		}
		catch (NumberFormatException notOurs) {
			return NO_SUCH_VERSION;
		}
	}

}
