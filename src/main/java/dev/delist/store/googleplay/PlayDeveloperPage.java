package dev.delist.store.googleplay;

import java.util.List;

/**
 * The apps a Google Play developer page lists inline.
 *
 * @param form which kind of developer page it was (numeric {@code /dev?id=} or name {@code /developer?id=})
 * @param continuationToken token for the next page via batchexecute {@code qnKhOb}; null when there is no more
 */
public record PlayDeveloperPage(PlayDeveloperId.Form form, List<PlayAppSummary> apps, String continuationToken) {

	public PlayDeveloperPage {
		apps = List.copyOf(apps);
	}

}
