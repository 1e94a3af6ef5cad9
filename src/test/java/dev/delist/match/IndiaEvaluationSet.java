package dev.delist.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.delist.list.Identifier;
import dev.delist.list.IdentifierType;
import dev.delist.list.ListEntry;
import dev.delist.list.LoadedList;
import dev.delist.list.ProhibitedList;
import dev.delist.store.Listing;
import dev.delist.store.Store;

/**
 * The labelled listings of the India evaluation: positives generated from the India lists (a listing under each
 * package the lists name, renamed listings under the trusted ones, exact titles of name-screened entries, the
 * same listings in the US storefront), and the hand-written look-alikes of src/test/resources/match
 * (india-look-alikes.psv). Each case says which entry it is (or none) and whether it must be a takedown candidate.
 */
final class IndiaEvaluationSet {

	/**
	 * @param entryId the entry the listing is, or null for a look-alike
	 * @param entryName that entry's name: the same published name in another order is the same app
	 * @param takedown whether the listing must be a takedown candidate on the run date (false: it must not be)
	 * @param highPackage a listing under a package the facts file grades H, in the Indian storefront
	 */
	record Case(Listing listing, String group, String entryId, String entryName, boolean takedown,
			boolean highPackage) {

		boolean positive() {
			return this.entryId != null;
		}

		boolean lookAlike() {
			return this.group.startsWith("look-alike");
		}

	}

	private final List<Case> cases = new ArrayList<>();

	private int serial;

	static List<Case> build(List<LoadedList> lists, LocalDate runDate) {
		IndiaEvaluationSet set = new IndiaEvaluationSet();
		for (LoadedList loaded : lists) {
			for (ListEntry entry : loaded.list().entries()) {
				set.entryCases(loaded.list(), entry, runDate);
			}
		}
		set.lookAlikes();
		return List.copyOf(set.cases);
	}

	private void entryCases(ProhibitedList list, ListEntry entry, LocalDate runDate) {
		boolean inForce = list.entryInForceOn(entry, runDate);
		String developer = entry.developers().isEmpty() ? "Unknown Publisher" : entry.developers().get(0).name();
		if (!inForce) {
			for (Identifier id : packages(entry, runDate)) {
				add(play("in", id.value(), entry.name(), developer), "not in force: listed app on the run date", entry,
						false, false);
			}
			add(play("in", "org.reupload.app" + this.serial, entry.name(), developer),
					"not in force: listed app on the run date", entry, false, false);
			return;
		}
		for (Identifier id : packages(entry, runDate)) {
			boolean high = id.confidence() == dev.delist.list.Confidence.HIGH;
			if (!id.unverified()) {
				String grade = high ? "H" : "M";
				add(play("in", id.value(), entry.name(), developer), "package " + grade + ": published name", entry, true,
						high);
				add(play("in", id.value(), "Renamed listing " + this.serial, "Unknown Publisher"),
						"package " + grade + ": renamed, another developer", entry, true, high);
				add(play("us", id.value(), entry.name(), developer), "outside jurisdiction: package in us", entry, false,
						false);
			}
			else {
				add(play("in", id.value(), entry.name(), developer), "package L: published name", entry, true, false);
				add(play("in", id.value(), "Renamed listing " + this.serial, "Unknown Publisher"),
						"package L alone: renamed, another developer", entry, false, false);
			}
		}
		if (entry.screenedByName(runDate)) {
			String reupload = "org.reupload.app" + this.serial;
			NameAnalyzer.AnalyzedTitle name = ANALYZER.title(entry.name());
			if (name.generic()) {
				add(play("in", reupload, entry.name(), "Another Developer"), "name: generic, another developer", entry,
						false, false);
			}
			else if (entry.developers().isEmpty() && name.distinctiveWeight() < SHORT) {
				// "Element", "DU Cleaner": ordinary words or brand fragments that unrelated apps share
				add(play("in", reupload, entry.name(), "Another Developer"), "name: short, no known developer (review)",
						entry, false, false);
			}
			else if (entry.developers().isEmpty()) {
				add(play("in", reupload, entry.name(), "Another Developer"), "name: distinctive, no known developer",
						entry, true, false);
			}
			else {
				add(play("in", reupload, entry.name(), developer), "name + listed developer", entry, true, false);
				add(play("in", "org.clone.app" + this.serial, entry.name(), "Another Developer"),
						"name: known developer, another developer's app", entry, false, false);
			}
			add(play("us", "org.reupload.us" + this.serial, entry.name(), developer),
					"outside jurisdiction: name in us", entry, false, false);
		}
	}

	/**
	 * Which published names are generic or too short to tell one app is the policy the shipped vocabulary writes
	 * down; the labels follow it, and the tables show what it costs in recall.
	 */
	private static final NameAnalyzer ANALYZER = new NameAnalyzer(MatchingRules.defaults());

	private static final int SHORT = MatchingRules.defaults().thresholds().nameOnlyDistinctiveWeight();

	/** The entry's packages that mean it on {@code date} (a re-used id outside its time is another app). */
	private static List<Identifier> packages(ListEntry entry, LocalDate date) {
		return entry.identifiers().stream().filter((i) -> i.type() == IdentifierType.PACKAGE && i.validOn(date)).toList();
	}

	private void lookAlikes() {
		List<String> lines;
		try {
			lines = Files.readAllLines(EvaluationSet.RESOURCES.resolve("india-look-alikes.psv"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\\|", -1);
			Store store = Store.fromId(f[1]);
			this.cases.add(new Case(listing(store, "in", f[2], f[3], f[4]), "look-alike: " + f[0], null, null, false,
					false));
		}
	}

	private void add(Listing listing, String group, ListEntry entry, boolean takedown, boolean high) {
		this.serial++;
		this.cases.add(new Case(listing, group, entry.id(), entry.name(), takedown, high));
	}

	private static Listing play(String country, String packageName, String title, String developer) {
		return listing(Store.GOOGLE_PLAY, country, packageName, title, developer);
	}

	private static Listing listing(Store store, String country, String appId, String title, String developer) {
		return new Listing(store, country, appId, appId, title, developer, null, null,
				"https://play.google.com/store/apps/details?id=" + appId, null, null, null, null, null, null, List.of());
	}

}
