package dev.delist.store.googleplay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Parses a Google Play search page ({@code /store/search?c=apps&q=...}, rpc {@code lGYRle}). The result cluster's
 * slot has moved before, so the sections under {@code [0][1]} are searched by shape instead of by a fixed slot:
 * list entries are app records ({@link PlayAppSummary#fromEntry}), and the featured top result is a details-like
 * record D next to a sparse object whose {@code "12"} holds its identity pair. Thread-safe, no I/O.
 */
public final class PlaySearchPageParser {

	static final String SEARCH_RPC = "lGYRle";

	private static final String FALLBACK_KEY = "ds:4";

	// Deep enough for the cluster (7 levels below [0][1] in 2026) with room for some nesting drift.
	private static final int MAX_DEPTH = 12;

	/**
	 * @throws PlayLayoutDriftException when the payload or its sections are missing, or no result is recognised
	 * (a query on Google Play always yields something, so none means the shape was not understood)
	 */
	public PlaySearchPage parse(String html, String url) {
		JsonNode payload = PlayPayloads.scan(html).payload(SEARCH_RPC, FALLBACK_KEY);
		if (payload == null) {
			throw PlayLayoutDriftException.in(html, url, "search payload (rpc " + SEARCH_RPC + ")");
		}
		JsonNode sections = PlayJson.at(payload, 0, 1);
		if (sections == null || !sections.isArray()) {
			throw PlayLayoutDriftException.in(html, url, "search sections (ds 0,1)");
		}
		Map<String, PlayAppSummary> results = new LinkedHashMap<>();
		collect(sections, 0, results);
		if (results.isEmpty()) {
			throw PlayLayoutDriftException.in(html, url, "search results (app records under ds 0,1)");
		}
		return new PlaySearchPage(List.copyOf(results.values()));
	}

	private static void collect(JsonNode node, int depth, Map<String, PlayAppSummary> results) {
		if (node == null || depth > MAX_DEPTH || !(node.isArray() || node.isObject())) {
			return;
		}
		if (node.isArray()) {
			PlayAppSummary app = PlayAppSummary.isAppRecord(node) ? PlayAppSummary.fromEntry(node) : featured(node);
			if (app != null) {
				results.putIfAbsent(app.appId(), app);
				return;
			}
		}
		for (JsonNode child : node.values()) {
			collect(child, depth + 1, results);
		}
	}

	/** The top result card: [.., .., D, {"12": [[packageName, 7]], ...}] with title D 0,0 and developer D 68,0. */
	private static PlayAppSummary featured(JsonNode node) {
		String appId = PlayJson.text(PlayJson.at(node, -1, "12", 0, 0));
		String title = PlayJson.text(PlayJson.at(node, 2, 0, 0));
		if (appId == null || title == null) {
			return null;
		}
		return new PlayAppSummary(appId, title, PlayJson.text(PlayJson.at(node, 2, 68, 0)));
	}

}
