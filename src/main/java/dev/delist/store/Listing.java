package dev.delist.store;

import java.math.BigDecimal;
import java.util.List;

/**
 * One store listing in one country, as fetched: the store-neutral record every matcher and report reads.
 * Fields the store did not give are null, never an error.
 *
 * @param appId Google Play package name, or Apple's numeric trackId
 * @param bundleId Apple bundle id; on Google Play the package name again
 * @param developerId Google Play developer link id (numeric or name form), or Apple artistId
 * @param legalName Apple sellerName, or Google Play's legal trader name
 */
public record Listing(Store store, String country, String appId, String bundleId, String title,
		String developerName, String developerId, String legalName, String url, String sellerUrl, String version,
		String releaseDate, String updatedDate, BigDecimal price, String currency, List<String> genres) {

	public Listing {
		genres = (genres != null) ? List.copyOf(genres) : List.of();
	}

}
