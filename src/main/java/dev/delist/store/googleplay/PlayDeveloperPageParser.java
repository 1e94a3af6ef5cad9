package dev.delist.store.googleplay;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Parses Google Play developer pages, numeric ({@code /store/apps/dev?id=}, rpc {@code MRTdke}, apps in slot 21)
 * and by name ({@code /store/apps/developer?id=}, rpc {@code IRWBmd}, slot 22). Thread-safe, no I/O.
 */
public final class PlayDeveloperPageParser {

	static final String NUMERIC_RPC = "MRTdke";

	static final String NAME_RPC = "IRWBmd";

	private static final String FALLBACK_KEY = "ds:3";

	/**
	 * @throws PlayLayoutDriftException when the payload or its apps array is missing, or an app has no id or title
	 */
	public PlayDeveloperPage parse(String html, String url) {
		PlayPayloads payloads = PlayPayloads.scan(html);
		boolean numericUrl = url != null && url.contains("/apps/dev?");
		// Trust the rpc the page says it answered; the URL only picks the literal key's form on map-less pages.
		PlayDeveloperId.Form form = numericUrl ? PlayDeveloperId.Form.NUMERIC : PlayDeveloperId.Form.NAME;
		JsonNode payload = payloads.payload(rpc(form), FALLBACK_KEY);
		if (payload == null) {
			form = numericUrl ? PlayDeveloperId.Form.NAME : PlayDeveloperId.Form.NUMERIC;
			payload = payloads.payload(rpc(form), null);
		}
		if (payload == null) {
			throw PlayLayoutDriftException.in(html, url, "developer payload (rpc " + NUMERIC_RPC + " or " + NAME_RPC + ")");
		}
		int slot = (form == PlayDeveloperId.Form.NUMERIC) ? 21 : 22;
		JsonNode entries = PlayJson.at(payload, 0, 1, 0, slot, 0);
		if (entries == null || !entries.isArray()) {
			throw PlayLayoutDriftException.in(html, url, "apps (ds 0,1,0," + slot + ",0)");
		}
		List<PlayAppSummary> apps = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			PlayAppSummary app = PlayAppSummary.fromEntry(entries.get(i));
			if (app == null) {
				throw PlayLayoutDriftException.in(html, url, "app id/title of app " + i + " (ds 0,1,0," + slot + ",0)");
			}
			apps.add(app);
		}
		String token = PlayJson.text(PlayJson.at(payload, 0, 1, 0, slot, 1, 3, 1));
		return new PlayDeveloperPage(form, apps, (token != null && !token.isEmpty()) ? token : null);
	}

	private static String rpc(PlayDeveloperId.Form form) {
		return (form == PlayDeveloperId.Form.NUMERIC) ? NUMERIC_RPC : NAME_RPC;
	}

}
