package dev.delist.store.googleplay;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's {@code var AF_dataServiceRequests = {'ds:N' : {id:'<rpc>', request:[...]}, ...}}: which rpc
 * produced each ds key. It is the only stable way to a payload, since the ds numbering moves between layouts.
 */
final class PlayServiceMap {

	private static final String SERVICE_MAP = "AF_dataServiceRequests";

	private static final Pattern MAP_ENTRY = Pattern.compile("'(ds:\\d+)'\\s*:\\s*\\{\\s*id\\s*:\\s*'([^']+)'");

	private PlayServiceMap() {
	}

	/** [start, end) of the map literal: the first "AF_dataServiceRequests" that is assigned, up to its script end. */
	static int[] find(String html) {
		int from = 0;
		int at;
		while ((at = html.indexOf(SERVICE_MAP, from)) >= 0) {
			int i = PlayPayloads.skipSpace(html, at + SERVICE_MAP.length());
			if (i < html.length() && html.charAt(i) == '=') {
				int end = html.indexOf(PlayPayloads.SCRIPT_END, i);
				return new int[] { i + 1, (end >= 0) ? end : html.length() };
			}
			from = at + SERVICE_MAP.length();
		}
		return null;
	}

	/** Reads {@code 'ds:N' : {id:'rpc'}} entries, skipping double-quoted strings so request data cannot fake one. */
	static Map<String, String> read(String html, int start, int end) {
		Map<String, String> rpcByKey = new LinkedHashMap<>();
		Matcher entry = MAP_ENTRY.matcher(html);
		boolean inString = false;
		for (int i = start; i < end; i++) {
			char c = html.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '\'' && entry.region(i, end).lookingAt()) {
				rpcByKey.putIfAbsent(entry.group(1), entry.group(2));
				i = entry.end() - 1;
			}
		}
		return rpcByKey;
	}

}
