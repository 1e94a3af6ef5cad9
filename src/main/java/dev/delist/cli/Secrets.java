package dev.delist.cli;

import java.util.regex.Pattern;

/** Keeps passwords and tokens out of what delist prints, whatever a driver put into an error message. */
final class Secrets {

	private static final String SECRET_NAME = "[\\w.-]*(?:password|passwd|pwd|token|secret|api[_-]?key|credentials?)";

	/** {@code password=x} in a JDBC URL or query string, {@code token: x} or {@code "secret":"x"} in text. */
	private static final Pattern SECRET_PARAM = Pattern
		.compile("(?i)(" + SECRET_NAME + "\"?\\s*[=:]\\s*\"?)(?!\\*\\*\\*)[^&;,\\s\"]+");

	/** {@code Authorization: Bearer x}, {@code Proxy-Authorization: Basic x}: the scheme is kept, not the value. */
	private static final Pattern AUTHORIZATION = Pattern
		.compile("(?i)((?:proxy-)?authorization\"?\\s*[=:]\\s*\"?(?:bearer|basic|token)?\\s*)[^\\s\"&;,]+");

	/** {@code scheme://user:password@host}: the user may help find the account, the password must go. */
	private static final Pattern URL_CREDENTIALS = Pattern.compile("(?i)(://[^/:@\\s]*):[^@/\\s]+@");

	private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|passwd|pwd|token|secret|api-?key|credential).*");

	private Secrets() {
	}

	static String redact(String text) {
		if (text == null) {
			return null;
		}
		String redacted = AUTHORIZATION.matcher(text).replaceAll("$1***");
		redacted = SECRET_PARAM.matcher(redacted).replaceAll("$1***");
		return URL_CREDENTIALS.matcher(redacted).replaceAll("$1:***@");
	}

	/** Whether a configuration key (e.g. {@code spring.datasource.password}) holds a secret by its name. */
	static boolean isSecretKey(String key) {
		return key != null && SECRET_KEY.matcher(key).matches();
	}

}
