package dev.delist.cli;

import java.util.regex.Pattern;

/** Keeps passwords and tokens out of what delist prints, whatever a driver put into an error message. */
final class Secrets {

	private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password|passwd|pwd|token|secret)=[^&;\\s]*");

	private static final Pattern URL_CREDENTIALS = Pattern.compile("(?i)(://[^/:@\\s]+):[^@/\\s]+@");

	private Secrets() {
	}

	static String redact(String text) {
		if (text == null) {
			return null;
		}
		String redacted = PASSWORD_PARAM.matcher(text).replaceAll("$1=***");
		return URL_CREDENTIALS.matcher(redacted).replaceAll("$1:***@");
	}

}
