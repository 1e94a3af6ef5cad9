package dev.delist.store.googleplay;

import tools.jackson.databind.JsonNode;

/** One app as developer pages and search results list it. developerName may be null. */
public record PlayAppSummary(String appId, String title, String developerName) {

	/**
	 * Reads a list entry. Numeric developer pages give the app record itself (appId 0,0; title 3; developer 14);
	 * name-form developer pages and search clusters wrap it once more (0,0,0; 0,3; 0,14). The shape decides, not
	 * the page type, so a swap between the two does not lose the apps. Null when the entry has neither shape.
	 */
	static PlayAppSummary fromEntry(JsonNode entry) {
		JsonNode app = isAppRecord(entry) ? entry : isAppRecord(PlayJson.at(entry, 0)) ? PlayJson.at(entry, 0) : null;
		if (app == null) {
			return null;
		}
		return new PlayAppSummary(PlayJson.text(PlayJson.at(app, 0, 0)), PlayJson.text(PlayJson.at(app, 3)),
				PlayJson.text(PlayJson.at(app, 14)));
	}

	/** An app record starts with its identity pair [packageName, 7] and has its title at 3. */
	static boolean isAppRecord(JsonNode node) {
		JsonNode idPair = PlayJson.at(node, 0);
		return idPair != null && idPair.isArray() && PlayJson.at(idPair, 0) != null && PlayJson.at(idPair, 0).isString()
				&& PlayJson.at(idPair, 1) != null && PlayJson.at(idPair, 1).isNumber() && PlayJson.at(node, 3) != null
				&& PlayJson.at(node, 3).isString();
	}

}
