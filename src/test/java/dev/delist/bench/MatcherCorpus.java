package dev.delist.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.delist.list.Confidence;
import dev.delist.list.Developer;
import dev.delist.list.Identifier;
import dev.delist.list.IdentifierType;
import dev.delist.list.ListEntry;
import dev.delist.list.ListStatus;
import dev.delist.list.LoadedList;
import dev.delist.list.ProhibitedList;
import dev.delist.list.StatusChange;
import dev.delist.store.Listing;
import dev.delist.store.Store;

/**
 * Deterministic inputs for the matcher benchmarks: store listings that mostly match nothing (as in a real
 * catalog), with a few listed ids and names mixed in, and a synthetic 10,000-entity list the size of the US
 * Consolidated Screening List, made of invented company names.
 */
final class MatcherCorpus {

	private static final String[] ONSETS = { "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v",
			"z", "ch", "sh", "zh", "x", "q" };

	private static final String[] VOWELS = { "a", "e", "i", "o", "u", "ai", "ao", "ei", "ou", "ia" };

	private static final String[] CODAS = { "", "n", "ng", "r", "x", "k" };

	private static final String[] SECTORS = { "Electronics", "Aviation", "Research Institute", "Trading",
			"Precision Machinery", "Semiconductor", "Shipping", "Optics", "Materials", "Logistics", "Energy",
			"Technology", "Information", "Network", "Software" };

	private static final String[] LEGAL = { "Co., Ltd.", "Company Limited", "Ltd", "Pte. Ltd.", "LLC", "Inc.",
			"Corporation", "有限公司", "GmbH", "Limited" };

	private static final String[] PLACES = { "(Shenzhen)", "(Beijing)", "Hong Kong", "Singapore", "", "", "" };

	private static final String[] APP_WORDS = { "Notes", "Weather", "Camera", "Music", "Scanner", "Office", "Wallet",
			"Share", "Chat", "Video", "Maps", "Fitness", "Reader", "Browser", "Keyboard", "Cleaner", "Puzzle" };

	static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 29);

	private MatcherCorpus() {
	}

	static List<LoadedList> shippedLists() {
		return dev.delist.list.ListFiles.loadDirectory(Path.of("jobs/lists"));
	}

	/** 10,000 entities, each with a name, an alias and a developer name; a third with a package id. */
	static List<LoadedList> syntheticCsl(int size) {
		SplittableRandom random = new SplittableRandom(25_700);
		List<ListEntry> entries = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			String brand = capitalised(word(random)) + " " + capitalised(word(random));
			String company = brand + " " + pick(random, SECTORS) + " " + pick(random, PLACES) + " " + pick(random, LEGAL);
			String alias = capitalised(word(random)) + " " + pick(random, SECTORS);
			List<Identifier> ids = (i % 3 == 0) ? List.of(new Identifier(IdentifierType.PACKAGE,
					"com." + brand.toLowerCase(Locale.ROOT).replace(' ', '.') + ".app" + i, Confidence.MEDIUM, "synthetic",
					null)) : List.of();
			Developer developer = new Developer(company.replaceAll(" +", " "), List.of(alias), List.of(),
					Confidence.MEDIUM, "synthetic");
			entries.add(new ListEntry("e" + i, brand, List.of(alias), null, List.of(developer), ids, List.of(), null));
		}
		ProhibitedList list = new ProhibitedList("synthetic-csl", "1", "Synthetic CSL-sized list", "none", null,
				List.of(), List.of(new StatusChange(ListStatus.IN_FORCE, LocalDate.of(2020, 1, 1), "synthetic", null)),
				entries);
		return List.of(new LoadedList(list, Path.of("synthetic-csl.yaml"), "0".repeat(64), ""));
	}

	/**
	 * Listings: 1 in 100 carries a listed id, 1 in 50 a listed name, 1 in 5 shares a word with the list; the
	 * rest are unrelated apps.
	 */
	static Listing[] listings(int count, List<LoadedList> lists, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<ListEntry> entries = lists.stream().flatMap((l) -> l.list().entries().stream()).toList();
		Listing[] listings = new Listing[count];
		for (int i = 0; i < count; i++) {
			ListEntry entry = entries.get(random.nextInt(entries.size()));
			boolean apple = (i % 2) == 0;
			String appId = apple ? String.valueOf(400_000_000 + i) : "com." + word(random) + "." + word(random) + i;
			String bundle = apple ? "com." + word(random) + ".app" + i : appId;
			String title = capitalised(word(random)) + " " + pick(random, APP_WORDS);
			String developer = capitalised(word(random)) + " " + pick(random, SECTORS) + " " + pick(random, LEGAL);
			int roll = random.nextInt(100);
			if (roll == 0 && !entry.identifiers().isEmpty()) {
				Identifier id = entry.identifiers().get(0);
				apple = id.type().store() == Store.APPLE;
				appId = (id.type() == IdentifierType.APP_STORE_ID) ? id.value() : apple ? appId : id.value();
				bundle = (id.type() == IdentifierType.BUNDLE_ID) ? id.value() : apple ? bundle : id.value();
			}
			else if (roll < 3) {
				title = entry.name() + " HD";
			}
			else if (roll < 23 && !entry.developers().isEmpty()) {
				String[] words = entry.developers().get(0).name().split(" ");
				developer = words[0] + " " + pick(random, SECTORS) + " " + pick(random, LEGAL);
			}
			listings[i] = new Listing(apple ? Store.APPLE : Store.GOOGLE_PLAY, "us", appId, bundle, title, developer,
					null, null, null, null, null, null, null, null, null, List.of());
		}
		return listings;
	}

	private static String word(SplittableRandom random) {
		StringBuilder word = new StringBuilder();
		int syllables = 2 + random.nextInt(2);
		for (int s = 0; s < syllables; s++) {
			word.append(pick(random, ONSETS)).append(pick(random, VOWELS)).append(pick(random, CODAS));
		}
		return word.toString();
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static String pick(SplittableRandom random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
