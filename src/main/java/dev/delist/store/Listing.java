package dev.delist.store;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One store listing in one country, as fetched: the store-neutral record every matcher and report reads.
 * Fields the store did not give are null, never an error.
 *
 * @param appId Google Play or Galaxy Store package name, or Apple's numeric trackId
 * @param bundleId Apple bundle id; on Google Play and the Galaxy Store the package name again
 * @param developerId Google Play developer link id (numeric or name form), Apple artistId, or Galaxy Store
 * sellerId
 * @param legalName Apple sellerName, Google Play's legal trader name, or the Galaxy Store's trade name
 * @param trader the trader block a store publishes beside the legal name (Galaxy Store), kept as evidence for a
 * takedown request; null where the store gives none, and then left out of the stored JSON
 */
public record Listing(Store store, String country, String appId, String bundleId, String title,
		String developerName, String developerId, String legalName, String url, String sellerUrl, String version,
		String releaseDate, String updatedDate, BigDecimal price, String currency, List<String> genres,
		@JsonInclude(JsonInclude.Include.NON_NULL) Trader trader) {

	public Listing {
		genres = (genres != null) ? List.copyOf(genres) : List.of();
	}

	/** A listing without a trader block. */
	public Listing(Store store, String country, String appId, String bundleId, String title, String developerName,
			String developerId, String legalName, String url, String sellerUrl, String version, String releaseDate,
			String updatedDate, BigDecimal price, String currency, List<String> genres) {
		this(store, country, appId, bundleId, title, developerName, developerId, legalName, url, sellerUrl, version,
				releaseDate, updatedDate, price, currency, genres, null);
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
	}

}
