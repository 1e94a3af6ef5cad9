/**
 * Samsung Galaxy Store: {@code GET {base-url}/api/detail/{package}?cntyCd={ISO-3}}, one package in one storefront
 * per request, sent with the store's own origin as Referer. {@link dev.delist.store.galaxy.GalaxyDetailParser}
 * reads an answer without I/O; {@link dev.delist.store.galaxy.GalaxyAnswers} decides each target's outcome (error
 * codes 9900 not found, 9901 removed by the store, others errors; a 200 that is not JSON is a block page); the
 * client fetches through {@link dev.delist.store.http.StoreHttp} after robots.txt allows it. The store has no
 * verified seller-catalog or search endpoint, so it is asked about packages only.
 */
package dev.delist.store.galaxy;
