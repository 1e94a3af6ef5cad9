package dev.delist.store.galaxy;

import java.math.BigDecimal;
import java.util.List;

import dev.delist.store.Listing;
import dev.delist.store.Store;

/**
 * What delist reads from one Galaxy Store detail answer. The parser guarantees appId, title, sellerName, sellerId
 * and storefront; the rest is null when the store gave nothing.
 *
 * @param contentId the store's own numeric content id (zero-padded text)
 * @param storefront {@code DetailMain.countryCode}: the ISO 3166 alpha-3 storefront that answered
 * @param updated {@code DetailMain.modifyDate} as an ISO date, or the store's text when it is not {@code yyyy.MM.dd.}
 * @param free whether the store marks it free ({@code freeFlag}); null when it does not say
 */
record GalaxyDetail(String contentId, String appId, String title, String sellerName, String sellerId,
		String storefront, String version, String updated, Boolean free, String category, Listing.Trader trader) {

	/** The public page of a package; the API answers on the same host, but reviewers open this one. */
	static final String PAGE_URL = "https://galaxystore.samsung.com/detail/";

	Listing toListing(String country) {
		String legalName = (this.trader != null) ? this.trader.tradeName() : null;
		String sellerSite = (this.trader != null) ? this.trader.site() : null;
		return new Listing(Store.GALAXY_STORE, country, this.appId, this.appId, this.title, this.sellerName,
				this.sellerId, legalName, PAGE_URL + this.appId, sellerSite, this.version, null, this.updated,
				Boolean.TRUE.equals(this.free) ? BigDecimal.ZERO : null, null,
				(this.category != null) ? List.of(this.category) : List.of(), this.trader);
	}

}
