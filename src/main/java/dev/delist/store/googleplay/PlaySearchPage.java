package dev.delist.store.googleplay;

import java.util.List;

/** The apps a Google Play search page ({@code /store/search?c=apps&q=...}) shows, in page order, no duplicates. */
public record PlaySearchPage(List<PlayAppSummary> results) {

	public PlaySearchPage {
		results = List.copyOf(results);
	}

}
