package dev.delist.store;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One store listing in one country, as fetched: the store-neutral record every matcher and report reads.
 * Fields the store did not give are null, never an error. Every listing is made here, whatever the store or
 * the catalog file it came from, so this is where store text is made fit to store ({@link StoreText}): no text
 * field of a listing holds a control character.
 *
 * @param appId Google Play package name, or Apple's numeric trackId
 * @param bundleId Apple bundle id; on Google Play the package name again
 * @param developerId Google Play developer link id (numeric or name form), or Apple artistId
 * @param legalName Apple sellerName, or Google Play's legal trader name
 * @param sanitized the fields whose text had control characters removed, in the order found: evidence that the
 * store sent them (empty, and left out of the stored JSON, for the clean listings that are the rule)
 */
public record Listing(Store store, String country, String appId, String bundleId, String title,
		String developerName, String developerId, String legalName, String url, String sellerUrl, String version,
		String releaseDate, String updatedDate, BigDecimal price, String currency, List<String> genres,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> sanitized) {

	public Listing {
		StoreText.Fields fields = new StoreText.Fields(sanitized);
		country = fields.line("country", country);
		appId = fields.line("appId", appId);
		bundleId = fields.line("bundleId", bundleId);
		title = fields.line("title", title);
		developerName = fields.line("developerName", developerName);
		developerId = fields.line("developerId", developerId);
		legalName = fields.line("legalName", legalName);
		url = fields.line("url", url);
		sellerUrl = fields.line("sellerUrl", sellerUrl);
		version = fields.line("version", version);
		releaseDate = fields.line("releaseDate", releaseDate);
		updatedDate = fields.line("updatedDate", updatedDate);
		currency = fields.line("currency", currency);
		genres = fields.lines("genres", (genres != null) ? List.copyOf(genres) : List.of());
		sanitized = fields.sanitized();
	}

	/** A listing as a store or catalog gives it, before anything was sanitised. */
	public Listing(Store store, String country, String appId, String bundleId, String title, String developerName,
			String developerId, String legalName, String url, String sellerUrl, String version, String releaseDate,
			String updatedDate, BigDecimal price, String currency, List<String> genres) {
		this(store, country, appId, bundleId, title, developerName, developerId, legalName, url, sellerUrl, version,
				releaseDate, updatedDate, price, currency, genres, List.of());
	}

}
