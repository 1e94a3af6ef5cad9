package dev.delist.match;

import java.time.Instant;
import java.util.Locale;

import dev.delist.config.Sha256;
import dev.delist.store.Listing;

/**
 * A listing matched to a list entry in one run.
 *
 * @param id stable across runs for the same listing and entry
 * @param evidenceSha256 hash of the listing fields a reviewer's decision rests on; a change reopens it
 */
public record Candidate(String id, Listing listing, Instant fetchedAt, String snapshotSha256, Match match,
		String evidenceSha256) {

	public static Candidate of(Listing listing, Instant fetchedAt, String snapshotSha256, Match match) {
		String id = Sha256.hex(String.join("|", listing.store().id(), listing.country(),
				listing.appId().toLowerCase(Locale.ROOT), match.listId(), match.entryId()))
			.substring(0, 20);
		String evidence = Sha256.hex(String.join("\u001f", String.valueOf(listing.appId()),
				String.valueOf(listing.bundleId()), String.valueOf(listing.title()),
				String.valueOf(listing.developerName()), String.valueOf(listing.developerId()),
				String.valueOf(listing.legalName())));
		return new Candidate(id, listing, fetchedAt, snapshotSha256, match, evidence);
	}

}
