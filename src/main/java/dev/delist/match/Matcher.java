package dev.delist.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.delist.list.ListEntry;
import dev.delist.list.LoadedList;
import dev.delist.store.Listing;

/**
 * Matches listings against the entries of a run's lists: identifier evidence first, developer ids and names
 * next, titles last (docs/matching.md). Everything on the list side is normalised and indexed once here, so a
 * listing costs a few hash look-ups per id and per word, however long the lists are. Pure: no I/O. Once built
 * it only reads its indexes, so one matcher serves every thread that matches a run's listings.
 */
public final class Matcher {

	public static final String VERSION = "3.0";

	private static final Comparator<Match> ORDER = Comparator.comparing(Match::tier)
		.thenComparing(Comparator.comparingDouble(Match::score).reversed())
		.thenComparing(Match::listId)
		.thenComparing(Match::entryId);

	private final IdentifierRules identifiers;

	private final DeveloperRules developers;

	private final TitleRules titles;

	/**
	 * Starts building, on a thread of its own, what every matcher of the process shares and ICU takes about half
	 * a second to make, so a command that will match finds it ready instead of waiting for it.
	 */
	public static void prepare() {
		TextNormalizer.prepare();
	}

	public Matcher(List<LoadedList> lists, LocalDate runDate) {
		this(lists, runDate, MatchingRules.defaults());
	}

	public Matcher(List<LoadedList> lists, LocalDate runDate, MatchingRules rules) {
		this.identifiers = new IdentifierRules(rules);
		if (rules.namesEnabled()) {
			NameAnalyzer analyzer = new NameAnalyzer(rules);
			this.developers = new DeveloperRules(rules, analyzer);
			this.titles = new TitleRules(rules, analyzer);
		}
		else {
			this.developers = null;
			this.titles = null;
		}
		int ordinal = 0;
		for (LoadedList loaded : lists) {
			for (ListEntry entry : loaded.list().entries()) {
				EntryRef ref = new EntryRef(loaded.list(), entry, runDate, ordinal++);
				this.identifiers.add(ref, runDate);
				if (this.developers != null) {
					this.developers.add(ref);
					this.titles.add(ref);
				}
			}
		}
	}

	public List<Match> match(Listing listing) {
		Evidence evidence = new Evidence();
		this.identifiers.collect(listing, evidence);
		if (this.developers != null) {
			this.developers.collectIds(listing, evidence);
			this.developers.collectNames(listing, evidence);
			this.titles.collect(listing, evidence);
		}
		if (evidence.isEmpty()) {
			return List.of();
		}
		List<Match> matches = new ArrayList<>();
		for (Evidence.Hit hit : evidence.hits()) {
			matches.add(Tiering.decide(hit, listing.country()));
		}
		// once the listing is a strong candidate for a listed app, "same developer, other app" rows for the
		// developer's other entries only repeat it
		boolean strongApp = matches.stream().anyMatch((m) -> m.level() == Level.APP && m.tier() != Tier.POSSIBLE);
		if (strongApp) {
			matches.removeIf((m) -> m.level() == Level.DEVELOPER);
		}
		matches.sort(ORDER);
		return matches;
	}

}
