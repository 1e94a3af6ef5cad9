package dev.delist.store;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One store listing in one country, as fetched: the store-neutral record every matcher and report reads.
 * Fields the store did not give are null, never an error. Every listing is made here, whatever the store or
 * the catalog file it came from, so this is where store text is made fit to store ({@link StoreText}): no text
 * field of a listing, its trader's included, holds a control character.
 *
 * @param appId Google Play or Galaxy Store package name, or Apple's numeric trackId
 * @param bundleId Apple bundle id; on Google Play and the Galaxy Store the package name again
 * @param developerId Google Play developer link id (numeric or name form), Apple artistId, or Galaxy Store
 * sellerId
 * @param legalName Apple sellerName, Google Play's legal trader name, or the Galaxy Store's trade name
 * @param trader the trader block a store publishes beside the legal name (Galaxy Store), kept as evidence for a
 * takedown request; null where the store gives none, and then left out of the stored JSON
 * @param sanitized the fields whose text had control characters removed, in the order found: evidence that the
 * store sent them (empty, and left out of the stored JSON, for the clean listings that are the rule)
 */
public record Listing(Store store, String country, String appId, String bundleId, String title,
		String developerName, String developerId, String legalName, String url, String sellerUrl, String version,
		String releaseDate, String updatedDate, BigDecimal price, String currency, List<String> genres,
		@JsonInclude(JsonInclude.Include.NON_NULL) Trader trader,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> sanitized) {

	public Listing {
		// the rule, and every line of a catalog of millions: nothing to clean, checked in one loop rather than
		// thirteen copies of it (what the JIT compiles for each call site costs a catalog run more than the checks)
		if (trader == null && (sanitized == null || sanitized.isEmpty())
				&& StoreText.areClean(country, appId, bundleId, title, developerName, developerId, legalName, url,
						sellerUrl, version, releaseDate, updatedDate, currency)
				&& (genres == null || StoreText.areClean(genres))) {
			genres = (genres != null) ? List.copyOf(genres) : List.of();
			sanitized = List.of();
		}
		else {
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
			trader = (trader != null) ? trader.cleaned(fields) : null;
			sanitized = fields.sanitized();
		}
	}

	/** A listing as a store gives it, with its trader block, before anything was sanitised. */
	public Listing(Store store, String country, String appId, String bundleId, String title, String developerName,
			String developerId, String legalName, String url, String sellerUrl, String version, String releaseDate,
			String updatedDate, BigDecimal price, String currency, List<String> genres, Trader trader) {
		this(store, country, appId, bundleId, title, developerName, developerId, legalName, url, sellerUrl, version,
				releaseDate, updatedDate, price, currency, genres, trader, List.of());
	}

	/** A listing without a trader block. */
	public Listing(Store store, String country, String appId, String bundleId, String title, String developerName,
			String developerId, String legalName, String url, String sellerUrl, String version, String releaseDate,
			String updatedDate, BigDecimal price, String currency, List<String> genres) {
		this(store, country, appId, bundleId, title, developerName, developerId, legalName, url, sellerUrl, version,
				releaseDate, updatedDate, price, currency, genres, null, List.of());
	}

	/**
	 * Who trades under the listing, as the store states it (the EU's trader disclosure).
	 *
	 * @param representative the legal representative
	 * @param address the postal address lines, joined
	 * @param sellerNumber a VAT-style registration number
	 */
	public record Trader(String tradeName, String representative, String address, String sellerNumber,
			String registrationNumber, String site) {

		/** The same trader with its text cleaned, the fields named {@code trader.<field>} in the listing's note. */
		Trader cleaned(StoreText.Fields fields) {
			return new Trader(fields.line("trader.tradeName", this.tradeName),
					fields.line("trader.representative", this.representative),
					fields.line("trader.address", this.address), fields.line("trader.sellerNumber", this.sellerNumber),
					fields.line("trader.registrationNumber", this.registrationNumber),
					fields.line("trader.site", this.site));
		}

	}

}
