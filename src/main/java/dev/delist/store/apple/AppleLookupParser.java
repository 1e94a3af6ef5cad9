package dev.delist.store.apple;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import dev.delist.store.Listing;
import dev.delist.store.Store;

import static dev.delist.store.JsonScalars.text;

/**
 * Maps iTunes Lookup/Search JSON to store-neutral listings. No I/O. Absent fields become null; only a body
 * that is not the documented JSON object is an error.
 */
final class AppleLookupParser {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private AppleLookupParser() {
	}

	static AppleLookupResponse parse(String body, String country) throws MalformedResponseException {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new MalformedResponseException("malformed JSON: " + ex.getOriginalMessage(), ex);
		}
		if (root == null || !root.isObject()) {
			throw new MalformedResponseException("expected a JSON object, got " + describe(root), null);
		}
		String error = text(root, "errorMessage");
		JsonNode results = root.get("results");
		if (error == null && (results == null || !results.isArray())) {
			throw new MalformedResponseException("no results array in the answer", null);
		}
		List<Listing> apps = new ArrayList<>();
		List<AppleLookupResponse.AppleArtist> artists = new ArrayList<>();
		if (results != null) {
			for (JsonNode result : results) {
				String wrapperType = text(result, "wrapperType");
				if ("artist".equals(wrapperType)) {
					artists.add(new AppleLookupResponse.AppleArtist(text(result, "artistId"), text(result, "artistName")));
				}
				else if ((wrapperType == null || "software".equals(wrapperType)) && text(result, "trackId") != null) {
					apps.add(toListing(result, country));
				}
			}
		}
		return new AppleLookupResponse(apps, artists, error);
	}

	private static Listing toListing(JsonNode result, String country) {
		List<String> genres = new ArrayList<>();
		JsonNode genreNodes = result.get("genres");
		if (genreNodes != null && genreNodes.isArray()) {
			genreNodes.forEach((genre) -> genres.add(genre.asString()));
		}
		JsonNode price = result.get("price");
		return new Listing(Store.APPLE, country, text(result, "trackId"), text(result, "bundleId"),
				text(result, "trackName"), text(result, "artistName"), text(result, "artistId"),
				text(result, "sellerName"), text(result, "trackViewUrl"), text(result, "sellerUrl"),
				text(result, "version"), text(result, "releaseDate"), text(result, "currentVersionReleaseDate"),
				(price != null && price.isNumber()) ? price.decimalValue() : null, text(result, "currency"), genres);
	}

	private static String describe(JsonNode node) {
		return (node == null) ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
	}

}
