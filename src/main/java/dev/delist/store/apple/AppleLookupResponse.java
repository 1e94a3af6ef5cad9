package dev.delist.store.apple;

import java.util.List;

import dev.delist.store.Listing;

/**
 * A parsed iTunes Lookup/Search answer.
 *
 * @param apps the software results
 * @param artists developer rows ({@code wrapperType: artist}) of an artist-id lookup
 * @param errorMessage Apple's {@code errorMessage}, or null
 */
record AppleLookupResponse(List<Listing> apps, List<AppleArtist> artists, String errorMessage) {

	record AppleArtist(String artistId, String artistName) {
	}

}
