package dev.delist.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic catalog for the end-to-end benchmark (docs/benchmarks.md, {@link CatalogBenchmark}): N
 * listings in JSON Lines of about 320 bytes, half Apple and half Google Play, in seven storefronts, every field
 * filled (bundle id, title, developer name and id, legal name, store URL), from a fixed seed. A known
 * prohibited app is planted every 10,000th line; the planted keys go to {@code FILE.planted} (store, country,
 * appId per line) for {@link CatalogReportCheck}.
 * <p>
 * Ordinary lines use invented words, ids Apple never issued (from 9,000,000,000) and packages named with those
 * words and the line number, so they collide with no list; their developer names use the sector words and legal forms
 * listed developers use ("Technology", "Co., Ltd."), so the matcher's developer rules do the work they do on a
 * real catalog. Planted Apple lines carry a listed bundle id with an id of their own, so every one has its own
 * key; planted Google Play lines are listed packages, each once per storefront, until those run out (98 keys),
 * after which every planted line is an Apple one.
 *
 * <pre>java -cp target/test-classes:target/classes dev.delist.bench.CatalogGenerator FILE N</pre>
 */
public final class CatalogGenerator {

	static final int PLANT_EVERY = 10_000;

	static final List<String> COUNTRIES = List.of("us", "gb", "de", "fr", "jp", "in", "br");

	/** Packages the shipped US lists name with high confidence (jobs/lists: eo-13971, eo-13942-13943, ...). */
	private static final List<String> LISTED_PACKAGES = List.of("com.tencent.mm", "com.eg.android.AlipayGphone",
			"com.intsig.camscanner", "com.lenovo.anyshare.gps", "shareit.lite", "com.tencent.mobileqq", "com.uc.vmate",
			"cn.wps.moffice_eng", "com.zhiliaoapp.musically", "com.ss.android.ugc.trill", "com.zhiliaoapp.musically.go",
			"com.ss.android.ugc.trill.go", "com.ss.android.ugc.aweme", "dji.go.v4");

	/** Bundle ids the same lists name with high confidence, with the app's name for the title. */
	private static final List<String[]> LISTED_BUNDLES = List.of(new String[] { "com.tencent.xin", "WeChat" },
			new String[] { "com.alipay.iphoneclient", "Alipay" }, new String[] { "com.intsig.CamScannerLite", "CamScanner" },
			new String[] { "com.lenovo.anyshare", "SHAREit" }, new String[] { "com.tencent.mqq", "QQ" },
			new String[] { "com.kingsoft.www.office.wpsoffice", "WPS Office" },
			new String[] { "com.zhiliaoapp.musically", "TikTok" }, new String[] { "com.dji.mimo", "DJI Mimo" });

	private static final String[] ONSETS = { "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v",
			"z", "ch", "sh", "tr", "br", "qu" };

	private static final String[] VOWELS = { "a", "e", "i", "o", "u", "ai", "ao", "ei", "ou", "ia" };

	private static final String[] CODAS = { "", "n", "ng", "r", "x", "k", "l", "s" };

	private static final String[] SECTORS = { "Mobile", "Software", "Technology", "Games", "Interactive", "Digital",
			"Network", "Information", "Media", "Labs", "Studio", "Apps", "Entertainment", "Solutions" };

	private static final String[] LEGAL = { "Co., Ltd.", "Limited", "Ltd", "Pte. Ltd.", "LLC", "Inc.", "GmbH",
			"Corporation", "S.A.S.", "Oy", "AB", "K.K." };

	private static final String[] APP_WORDS = { "Notes", "Weather", "Camera", "Music", "Scanner", "Office", "Wallet",
			"Chat", "Video", "Maps", "Fitness", "Reader", "Browser", "Keyboard", "Cleaner", "Puzzle", "Recipes",
			"Radio", "Calendar", "Budget", "Translator", "Flashlight", "Podcasts", "Sudoku", "Timer" };

	private static final String[] TAGLINES = { "Simple & Fast", "Offline Edition", "for Teams", "Pro", "Lite",
			"Daily Planner and Organizer", "Widgets & Reminders", "HD", "Free", "Plus", "Classic", "2026 Edition" };

	/** Developers, each with many apps, as in a real catalog. */
	private static final int DEVELOPERS = 40_000;

	private CatalogGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		long count = Long.parseLong(args[1].replace("_", ""));
		long planted = write(file, count);
		System.out.println("wrote " + count + " listings (" + Files.size(file) + " bytes) to " + file + ", " + planted
				+ " planted positives in " + file + ".planted");
	}

	/** @return how many positives were planted */
	public static long write(Path file, long count) throws IOException {
		return write(file, count, PLANT_EVERY);
	}

	/**
	 * @param plantEvery a planted positive every so many lines
	 * @return how many positives were planted
	 */
	public static long write(Path file, long count, int plantEvery) throws IOException {
		long planted = 0;
		long plantedPlay = 0;
		StringBuilder line = new StringBuilder(512);
		try (BufferedWriter out = new BufferedWriter(
				new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
				BufferedWriter positives = Files.newBufferedWriter(Path.of(file + ".planted"))) {
			for (long i = 0; i < count; i++) {
				line.setLength(0);
				SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L + 17);
				int developer = random.nextInt(DEVELOPERS);
				Developer dev = Developer.of(developer);
				String country = COUNTRIES.get((int) (i % COUNTRIES.size()));
				String brand = capitalised(word(random));
				String title = brand + " " + APP_WORDS[random.nextInt(APP_WORDS.length)] + ": "
						+ TAGLINES[random.nextInt(TAGLINES.length)];
				if (i % plantEvery == plantEvery / 2) {
					boolean play = plantedPlay < (long) LISTED_PACKAGES.size() * COUNTRIES.size() && planted % 2 == 0;
					if (play) {
						String appId = LISTED_PACKAGES.get((int) (plantedPlay % LISTED_PACKAGES.size()));
						country = COUNTRIES.get((int) (plantedPlay / LISTED_PACKAGES.size()));
						play(line, country, appId, "Planted " + title, dev, i);
						positives.write("google-play," + country + "," + appId + "\n");
						plantedPlay++;
					}
					else {
						String[] app = LISTED_BUNDLES.get((int) (planted % LISTED_BUNDLES.size()));
						String appId = Long.toString(8_000_000_000L + i);
						apple(line, country, appId, app[0], app[1] + " " + title, dev, i);
						positives.write("apple," + country + "," + appId + "\n");
					}
					planted++;
				}
				else if (i % 2 == 0) {
					String appId = "com." + dev.slug + "." + brand.toLowerCase() + i;
					play(line, country, appId, title, dev, i);
				}
				else {
					String appId = Long.toString(9_000_000_000L + i);
					apple(line, country, appId, "com." + dev.slug + ".ios" + i, title, dev, i);
				}
				out.append(line);
			}
		}
		return planted;
	}

	private static void play(StringBuilder line, String country, String appId, String title, Developer dev, long i) {
		fields(line, "google-play", country, appId, appId, title, dev.name, dev.playId, dev.legalName,
				"https://play.google.com/store/apps/details?id=" + appId);
	}

	private static void apple(StringBuilder line, String country, String appId, String bundleId, String title,
			Developer dev, long i) {
		fields(line, "apple", country, appId, bundleId, title, dev.name, dev.appleId, dev.legalName,
				"https://apps.apple.com/" + country + "/app/" + dev.slug + "/id" + appId);
	}

	private static void fields(StringBuilder line, String store, String country, String appId, String bundleId,
			String title, String developerName, String developerId, String legalName, String url) {
		line.append("{\"store\":\"").append(store).append("\",\"country\":\"").append(country)
			.append("\",\"appId\":\"").append(appId).append("\",\"bundleId\":\"").append(bundleId)
			.append("\",\"title\":\"").append(title).append("\",\"developerName\":\"").append(developerName)
			.append("\",\"developerId\":\"").append(developerId).append("\",\"legalName\":\"").append(legalName)
			.append("\",\"url\":\"").append(url).append("\"}\n");
	}

	/** One invented developer: its name, legal name, ids in both stores and a slug for its packages. */
	private record Developer(String name, String legalName, String appleId, String playId, String slug) {

		static Developer of(int n) {
			SplittableRandom random = new SplittableRandom(n * 0xC2B2AE3D27D4EB4FL + 5);
			String brand = capitalised(word(random));
			String sector = SECTORS[random.nextInt(SECTORS.length)];
			String legal = LEGAL[random.nextInt(LEGAL.length)];
			String name = brand + " " + sector;
			return new Developer(name, name + " " + legal,
					Long.toString(1_000_000_000L + n), Long.toString(5_000_000_000_000_000_000L + n * 7919L),
					brand.toLowerCase());
		}

	}

	private static String word(SplittableRandom random) {
		StringBuilder word = new StringBuilder();
		int syllables = 2 + random.nextInt(2);
		for (int s = 0; s < syllables; s++) {
			word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)])
				.append(CODAS[random.nextInt(CODAS.length)]);
		}
		return word.toString();
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
