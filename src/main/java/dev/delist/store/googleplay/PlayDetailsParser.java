package dev.delist.store.googleplay;

import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Parses a Google Play app-details page ({@code /store/apps/details?id=...}) into {@link PlayDetails}. No I/O and
 * no DOM: the details record D is {@code [1][2]} of the payload produced by rpc {@code Ws7gDc}. Thread-safe.
 */
public final class PlayDetailsParser {

	static final String DETAILS_RPC = "Ws7gDc";

	/** Where the 2026 layout put the payload; used only on pages without a service map. */
	private static final String FALLBACK_KEY = "ds:5";

	private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

	// Price paths below D[57]: micros at ...,1,0,0 and currency at ...,1,0,1.
	private static final Object[] PRICE_MICROS = { 0, 0, 0, 0, 1, 0, 0 };

	private static final Object[] PRICE_CURRENCY = { 0, 0, 0, 0, 1, 0, 1 };

	/**
	 * @param html the page body
	 * @param url the page URL, named in drift errors
	 * @throws PlayLayoutDriftException when the payload, title, package or developer is missing
	 */
	public PlayDetails parse(String html, String url) {
		JsonNode payload = PlayPayloads.scan(html).payload(DETAILS_RPC, FALLBACK_KEY);
		if (payload == null) {
			throw PlayLayoutDriftException.in(html, url, "details payload (rpc " + DETAILS_RPC + ")");
		}
		JsonNode d = PlayJson.at(payload, 1, 2);
		if (d == null || !d.isArray()) {
			throw PlayLayoutDriftException.in(html, url, "details record D (payload 1,2)");
		}
		String title = required(html, url, "title (D 0,0)", text(d, 0, 0));
		String packageName = required(html, url, "package (D 77,0)", text(d, 77, 0));
		String developer = required(html, url, "developer (D 68,0)", text(d, 68, 0));
		String address = text(d, 69, 4, 2, 0);
		return new PlayDetails(title, packageName, developer, PlayDeveloperId.fromLink(text(d, 68, 1, 4, 2)),
				text(d, 69, 1, 0), text(d, 69, 0, 5, 2), text(d, 69, 4, 0), text(d, 69, 4, 1, 0),
				(address != null) ? LINE_BREAKS.matcher(address).replaceAll(", ") : null, text(d, 13, 0),
				PlayJson.number(PlayJson.field(d, 145, 0, 1, 0)), text(d, 140, 0, 0, 0), text(d, 79, 0, 0, 0),
				text(d, 79, 0, 0, 2), text(d, 99, 0, 5, 2), PlayJson.number(PlayJson.field(d, 57, PRICE_MICROS)),
				text(d, 57, PRICE_CURRENCY), text(d, 10, 0));
	}

	/** D-level field with the sparse-tail fallback (145 also at D[-1]["146"], 140 at D[-1]["141"], ...). */
	private static String text(JsonNode d, int index, Object... rest) {
		return PlayJson.text(PlayJson.field(d, index, rest));
	}

	private static String required(String html, String url, String what, String value) {
		if (value == null || value.isBlank()) {
			throw PlayLayoutDriftException.in(html, url, what);
		}
		return value;
	}

}
