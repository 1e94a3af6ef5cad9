package dev.delist.cli;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords and tokens out of what delist prints and logs, whatever a driver put into an error message.
 * Two layers: patterns that recognise a secret by its form ({@code password=x}, {@code user:x@host}), and the
 * secrets delist was given ({@link #remember}), masked wherever they appear: a driver that says "unknown host
 * delist:Sekr3t@db" has taken the URL apart, and no pattern knows what the pieces were.
 */
final class Secrets {

	/** Shorter values would mask ordinary words; they are still masked where a pattern finds them. */
	static final int MIN_REMEMBERED_LENGTH = 4;

	private static final String SECRET_NAME = "[\\w.-]*(?:password|passwd|pwd|token|secret|api[_-]?key|credentials?)";

	/** {@code password=x} in a JDBC URL or query string, {@code token: x} or {@code "secret":"x"} in text. */
	private static final Pattern SECRET_PARAM = Pattern
		.compile("(?i)(" + SECRET_NAME + "\"?\\s*[=:]\\s*\"?)(?!\\*\\*\\*)[^&;,\\s\"]+");

	/** {@code Authorization: Bearer x}, {@code Proxy-Authorization: Basic x}: the scheme is kept, not the value. */
	private static final Pattern AUTHORIZATION = Pattern
		.compile("(?i)((?:proxy-)?authorization\"?\\s*[=:]\\s*\"?(?:bearer|basic|token)?\\s*)[^\\s\"&;,]+");

	/**
	 * {@code scheme://user:password@host}: the user may help find the account, the password must go. The password
	 * runs to the last {@code @} of the URL, so one holding {@code /} or {@code @} goes whole.
	 */
	private static final Pattern URL_CREDENTIALS = Pattern.compile("(?i)(://[^/:@\\s]*):(?!\\*\\*\\*@)[^\\s]*@");

	/** {@code user:password@host} without a scheme, as a driver that split the URL reports an unknown host. */
	private static final Pattern BARE_CREDENTIALS = Pattern
		.compile("(?<![\\w/:.-])([\\w.%+-]+):(?!\\*\\*\\*@)[^\\s@/:]+@(?=[\\w.-]+|\\[)");

	private static final Pattern SECRET_KEY = Pattern
		.compile("(?i).*(password|passwd|pwd|token|secret|api-?key|credential|webhook-?url).*");

	/** Keys whose value is a secret to remember: by their last part, so {@code PWD} (a directory) is not one. */
	private static final Pattern REMEMBERED_KEY = Pattern
		.compile("(?i)(?:.*[._])?(?:[\\w-]*password|passwd|secret|token|api-?key|credentials?|webhook-?url)");

	/**
	 * A webhook URL ({@code delist.notify.webhook-url}) is its own token, usually in the path
	 * ({@code /services/T0/B0/x}): the whole URL and its path and query are remembered.
	 */
	private static final Pattern WEBHOOK_KEY = Pattern.compile("(?i)(?:.*[._])?webhook-?url");

	/** Where a URL names a secret in its query: {@code ?password=x}, {@code &sslpassword=x}, {@code ;password=x}. */
	private static final Pattern URL_SECRET_PARAM = Pattern
		.compile("(?i)[?&;]\\s*" + SECRET_NAME + "\\s*=\\s*([^&;\\s]*)");

	/** Longest first, so a secret that contains another is masked whole. */
	private static final List<String> KNOWN = new CopyOnWriteArrayList<>();

	private Secrets() {
	}

	static String redact(String text) {
		if (text == null) {
			return null;
		}
		String redacted = text;
		for (String secret : KNOWN) {
			redacted = redacted.replace(secret, "***");
		}
		redacted = AUTHORIZATION.matcher(redacted).replaceAll("$1***");
		redacted = SECRET_PARAM.matcher(redacted).replaceAll("$1***");
		redacted = URL_CREDENTIALS.matcher(redacted).replaceAll("$1:***@");
		return BARE_CREDENTIALS.matcher(redacted).replaceAll("$1:***@");
	}

	/** Whether a configuration key (e.g. {@code spring.datasource.password}) holds a secret by its name. */
	static boolean isSecretKey(String key) {
		return key != null && SECRET_KEY.matcher(key).matches();
	}

	/**
	 * Remembers what a configuration entry tells of secrets: its value when the key names a secret, and any
	 * password a URL in its value carries (user info or query), as written and URL-decoded.
	 */
	static void rememberFrom(String key, String value) {
		if (value == null || value.isEmpty()) {
			return;
		}
		if (key != null && REMEMBERED_KEY.matcher(key).matches()) {
			remember(value);
		}
		if (key != null && WEBHOOK_KEY.matcher(key).matches()) {
			rememberWebhookPath(value.strip());
		}
		int scheme = value.indexOf("://");
		if (scheme >= 0) {
			// the last @ of the URL ends its user info, even when the password holds an unencoded @ or /
			int start = scheme + 3;
			int end = start;
			while (end < value.length() && !Character.isWhitespace(value.charAt(end))) {
				end++;
			}
			int at = value.lastIndexOf('@', end - 1);
			int colon = (at > start) ? value.indexOf(':', start) : -1;
			if (colon >= 0 && colon < at) {
				remember(value.substring(colon + 1, at));
			}
		}
		Matcher param = URL_SECRET_PARAM.matcher(value);
		while (param.find()) {
			remember(param.group(1));
		}
	}

	private static void rememberWebhookPath(String url) {
		int scheme = url.indexOf("://");
		int path = (scheme >= 0) ? url.indexOf('/', scheme + 3) : -1;
		int query = (scheme >= 0) ? url.indexOf('?', scheme + 3) : -1;
		int start = (path >= 0 && (query < 0 || path < query)) ? path : query;
		// a bare "/" is no secret, and masking it would blank every path in every message
		if (start >= 0 && url.length() - start > 1) {
			remember(url.substring(start));
		}
	}

	/** Masks {@code secret} (and its URL-decoded form) in everything redacted from now on. */
	static synchronized void remember(String secret) {
		for (String form : new LinkedHashSet<>(List.of(secret, decoded(secret)))) {
			if (form.length() >= MIN_REMEMBERED_LENGTH && !KNOWN.contains(form)) {
				KNOWN.add(form);
				KNOWN.sort(Comparator.comparingInt(String::length).reversed());
			}
		}
	}

	private static String decoded(String secret) {
		try {
			return URLDecoder.decode(secret, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return secret; // not URL-encoded after all
		}
	}

}
