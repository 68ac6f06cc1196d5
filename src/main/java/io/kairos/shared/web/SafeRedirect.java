package io.kairos.shared.web;

import java.util.regex.Pattern;

/** Keeps redirects on this site: only a plain local path is followed, anything else goes home. */
public final class SafeRedirect {

	private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/._~%!$&'()*+,;=:@?-]*");

	private SafeRedirect() {
	}

	public static String localPath(String candidate) {
		if (candidate == null || !LOCAL_PATH.matcher(candidate).matches()) {
			return "/";
		}
		String lower = candidate.toLowerCase(java.util.Locale.ROOT);
		if (lower.contains("%2f") || lower.contains("%5c")) {
			return "/";
		}
		return candidate;
	}

}
