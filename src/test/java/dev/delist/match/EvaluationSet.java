package dev.delist.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import com.ibm.icu.text.Transliterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.delist.list.Developer;
import dev.delist.list.Identifier;
import dev.delist.list.IdentifierType;
import dev.delist.list.ListEntry;
import dev.delist.list.LoadedList;
import dev.delist.list.Namespace;
import dev.delist.store.Listing;
import dev.delist.store.Store;

/**
 * The labelled listings of the matcher evaluation, generated deterministically: positives from the shipped
 * list entries (ids, variant ids, other-store ids, names with the listed developer, re-uploads by others,
 * Chinese, full-width and misspelt titles); negatives from src/test/resources/match (hand-written hard
 * negatives, and synthetic listings built from a vocabulary with a fixed seed).
 */
final class EvaluationSet {

	static final Path RESOURCES = Path.of("src/test/resources/match");

	private static final String[] VARIANTS = { ".lite", "_i18n", ".hd", ".go" };

	private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

	/**
	 * @param group what the case exercises; positives start with "identifier" or "name"
	 * @param sameDeveloperAs for a negative: the entry whose developer really publishes it, or null
	 */
	record Case(Listing listing, String group, String listId, String entryId, String sameDeveloperAs) {

		boolean positive() {
			return this.entryId != null && this.listId != null;
		}

		boolean identifier() {
			return this.group.startsWith("identifier");
		}

	}

	private final Map<String, Case> cases = new LinkedHashMap<>();

	private int serial;

	static List<Case> positives(List<LoadedList> lists) {
		EvaluationSet set = new EvaluationSet();
		for (LoadedList list : lists) {
			for (ListEntry entry : list.list().entries()) {
				set.identifierCases(list.id(), entry);
				set.nameCases(list.id(), entry);
			}
		}
		return List.copyOf(set.cases.values());
	}

	private void identifierCases(String listId, ListEntry entry) {
		String title = entry.name();
		String dev = developer(entry);
		int k = 0;
		for (Identifier id : entry.identifiers()) {
			String v = id.value();
			switch (id.type()) {
				case PACKAGE -> {
					add(play(v, title, dev), "identifier: exact package", listId, entry);
					// an unverified id with nothing else agreeing is POSSIBLE by design: a name positive, not an
					// identifier positive
					String alone = id.unverified() ? "name: unverified package alone, " : "identifier: ";
					add(play(v.toUpperCase(Locale.ROOT), "Regional build", "Unknown Publisher"),
							alone + "package in other case", listId, entry);
					add(play(v + VARIANTS[k % VARIANTS.length], "Lite build", "Unknown Publisher"),
							alone + "package + variant suffix", listId, entry);
					add(apple("8" + (100000 + this.serial), v, title, dev), "identifier: iOS build under the package",
							listId, entry);
				}
				case BUNDLE_ID -> {
					add(apple("7" + (100000 + this.serial), v, title, dev), "identifier: exact bundle id", listId, entry);
					add(apple("7" + (100000 + this.serial), v.toLowerCase(Locale.ROOT), "Regional build", "Unknown"),
							"identifier: bundle id in other case", listId, entry);
					add(apple("7" + (100000 + this.serial), v + ".hd", "HD build", "Unknown"),
							"identifier: bundle id + variant suffix", listId, entry);
				}
				case APP_STORE_ID -> {
					add(apple(v, "com.unknown.build" + k, title, dev), "identifier: App Store id", listId, entry);
					add(apple(v, null, "Regional build", "Unknown"), "identifier: App Store id", listId, entry);
				}
				default -> {
				}
			}
			k++;
		}
		for (Namespace namespace : entry.namespaces()) {
			add(play(namespace.prefix() + ".nearby", "Nearby", "Unknown"), "identifier: curated namespace", listId, entry);
			add(play(namespace.prefix() + ".cloud.backup", "Backup", "Unknown"), "identifier: curated namespace", listId,
					entry);
		}
	}

	private void nameCases(String listId, ListEntry entry) {
		List<String> names = new ArrayList<>();
		names.add(entry.name());
		names.addAll(entry.aliases());
		List<String> seen = new ArrayList<>();
		for (Developer developer : entry.developers()) {
			for (Identifier id : developer.identifiers()) {
				boolean apple = id.type() == IdentifierType.ARTIST_ID;
				Listing listing = apple ? listing(Store.APPLE, "6" + (100000 + this.serial), "org.renamed.app" + this.serial,
						entry.name(), "Renamed Publisher", id.value())
						: listing(Store.GOOGLE_PLAY, "org.renamed.app" + this.serial, null, entry.name(), "Renamed Publisher",
								id.value());
				add(listing, "name: developer id + title", listId, entry);
			}
		}
		for (String name : names) {
			if (seen.contains(name.toLowerCase(Locale.ROOT))) {
				continue;
			}
			seen.add(name.toLowerCase(Locale.ROOT));
			String dev = developer(entry);
			List<String> titles = titleVariants(name);
			for (int j = 0; j < titles.size(); j++) {
				if (dev != null) {
					String variant = developerVariant(entry, j);
					Listing listing = (j % 2 == 0) ? play("org.reupload.app" + this.serial, titles.get(j), variant)
							: apple("5" + (100000 + this.serial), "org.reupload.app" + this.serial, titles.get(j), variant);
					add(listing, "name: listed developer, title variant", listId, entry);
				}
			}
			add(play("org.clone.app" + this.serial, name, "Mobile Tools Studio"), "name: re-upload by another developer",
					listId, entry);
			add(apple("4" + (100000 + this.serial), "org.clone.app" + this.serial, titles.get(1), "Free Apps Hub LLC"),
					"name: re-upload by another developer", listId, entry);
			add(play("org.clone.app" + this.serial, titles.get(titles.size() - 1), "Appsmith Labs"),
					"name: re-upload by another developer", listId, entry);
		}
	}

	/** The name as stores show it: plain, with a variant word, a subtitle, upper case, Traditional, full-width, a typo. */
	static List<String> titleVariants(String name) {
		List<String> titles = new ArrayList<>();
		titles.add(name);
		titles.add(name + " HD");
		titles.add(name + " - Fast & Free");
		titles.add(name.toUpperCase(Locale.ROOT) + " Lite");
		String traditional = TO_TRADITIONAL.transliterate(name);
		if (!traditional.equals(name)) {
			titles.add(traditional);
		}
		if (TextNormalizer.isAscii(name)) {
			StringBuilder wide = new StringBuilder();
			name.chars().forEach((c) -> wide.append((c > 0x20 && c < 0x7f) ? (char) (c + 0xFEE0) : (char) c));
			titles.add(wide.toString());
		}
		String compact = name.replace(" ", "");
		if (compact.length() >= 7) {
			int middle = name.length() / 2;
			titles.add(name.substring(0, middle) + name.substring(middle + 1));
		}
		return titles;
	}

	/** The listed developer as stores spell it: legal form swapped, upper case, a place added, Traditional, an alias. */
	static String developerVariant(ListEntry entry, int j) {
		Developer developer = entry.developers().get(0);
		String name = developer.name();
		return switch (j % 6) {
			case 1 -> name.replace("Company Limited", "Co., Ltd.")
				.replace("Co., Ltd.", "Company Limited")
				.replace("Co.,Ltd", "Co., Ltd.")
				.replace("Pte. Ltd.", "Private Limited")
				.replace("PTE. LTD.", "Pte Ltd");
			case 2 -> name.toUpperCase(Locale.ROOT);
			case 3 -> name.contains("(") ? name : name + " (Singapore)";
			case 4 -> TextNormalizer.hasHan(name) ? TO_TRADITIONAL.transliterate(name) : name.toLowerCase(Locale.ROOT);
			case 5 -> developer.aliases().isEmpty() ? name : developer.aliases().get(j % developer.aliases().size());
			default -> name;
		};
	}

	static List<Case> negatives() {
		EvaluationSet set = new EvaluationSet();
		set.hardNegatives();
		set.syntheticNegatives();
		return List.copyOf(set.cases.values());
	}

	private void hardNegatives() {
		try {
			for (String line : Files.readAllLines(RESOURCES.resolve("hard-negatives.psv"), StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("store|")) {
					continue;
				}
				String[] f = line.split("\\|", -1);
				Listing listing = listing(Store.fromId(f[0]), f[1], blank(f[2]), f[3], f[4], blank(f[5]));
				put(new Case(listing, "negative: hard", null, null, blank(f[6])));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private void syntheticNegatives() {
		Map<String, List<String>> words = YAMLMapper.builder().build()
			.readValue(RESOURCES.resolve("negative-vocabulary.yaml").toFile(), Map.class);
		SplittableRandom random = new SplittableRandom(13971);
		for (int i = 0; i < 1400; i++) {
			String devWord = pick(random, words.get("developerWords"));
			String noun = pick(random, words.get("titleNouns"));
			String title = pick(random, words.get("titleWords")) + " " + noun
					+ ((random.nextInt(2) == 0) ? " " + pick(random, words.get("titleFillers")) : "");
			String dev = devWord + " " + pick(random, words.get("developerGeneric"))
					+ ((random.nextInt(3) == 0) ? " " + pick(random, words.get("places")) : "") + " "
					+ pick(random, words.get("legalForms"));
			String id = "com." + devWord.toLowerCase(Locale.ROOT) + "." + noun.toLowerCase(Locale.ROOT) + i;
			syntheticNegative(i, id, title, dev, "negative: synthetic");
		}
		for (int i = 0; i < 400; i++) {
			String title = pick(random, words.get("chineseTitles")) + pick(random, words.get("chineseSuffixes"));
			String dev = pick(random, words.get("chinesePlaces")) + pick(random, words.get("chineseDeveloperWords"))
					+ pick(random, words.get("chineseDeveloperGeneric")) + "有限公司";
			if (random.nextInt(3) == 0) {
				title = TO_TRADITIONAL.transliterate(title);
				dev = TO_TRADITIONAL.transliterate(dev);
			}
			syntheticNegative(i, "cn.synthetic.app" + i, title, dev, "negative: synthetic Chinese");
		}
		for (int i = 0; i < 200; i++) {
			String title = pick(random, words.get("titleWords")) + " " + pick(random, words.get("titleFillers"));
			String dev = pick(random, words.get("developerGeneric")) + " " + pick(random, words.get("legalForms"));
			syntheticNegative(i, "com.generic.app" + i, title, dev, "negative: generic words and legal form only");
		}
	}

	private void syntheticNegative(int i, String id, String title, String dev, String group) {
		Listing listing = (i % 3 == 0) ? apple(String.valueOf(300000000 + this.serial), id, title, dev)
				: play(id, title, dev);
		put(new Case(listing, group, null, null, null));
	}

	private void add(Listing listing, String group, String listId, ListEntry entry) {
		put(new Case(listing, group, listId, entry.id(), null));
	}

	private void put(Case c) {
		Listing l = c.listing();
		this.cases.putIfAbsent(l.store() + "|" + l.appId() + "|" + l.bundleId() + "|" + l.title() + "|"
				+ l.developerName() + "|" + l.developerId(), c);
		this.serial++;
	}

	private static String developer(ListEntry entry) {
		return entry.developers().isEmpty() ? null : entry.developers().get(0).name();
	}

	private static Listing play(String packageName, String title, String developer) {
		return listing(Store.GOOGLE_PLAY, packageName, null, title, developer, null);
	}

	private static Listing apple(String trackId, String bundleId, String title, String developer) {
		return listing(Store.APPLE, trackId, bundleId, title, developer, null);
	}

	private static Listing listing(Store store, String appId, String bundleId, String title, String developer,
			String developerId) {
		return Listings.of(store.id(), appId, bundleId, title, developer, developerId);
	}

	private static String pick(SplittableRandom random, List<String> words) {
		return words.get(random.nextInt(words.size()));
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
