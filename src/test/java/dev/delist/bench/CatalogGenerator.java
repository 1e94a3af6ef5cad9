package dev.delist.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a synthetic catalog for the end-to-end benchmark (docs/benchmarks.md): N listings in JSON Lines, 70 %
 * Google Play and 30 % Apple in twelve countries, with a known prohibited app planted every 10,000th line. The
 * planted positives go to {@code FILE.planted} (store, country, appId per line) for {@link CatalogReportCheck}.
 * Synthetic ids (packages {@code com.bench.app<i>}, Apple ids from 9,000,000,000) collide with no list.
 *
 * <pre>java -cp target/test-classes:target/classes dev.delist.bench.CatalogGenerator FILE N</pre>
 */
public final class CatalogGenerator {

	static final int PLANT_EVERY = 10_000;

	private static final List<String> COUNTRIES = List.of("us", "gb", "de", "fr", "jp", "cn", "br", "in", "kr", "it",
			"es", "ca");

	/** Identifiers from the shipped lists (jobs/lists/eo-13971.yaml): store and appId. */
	private static final List<String[]> PLANTED = List.of(new String[] { "google-play", "com.tencent.mm", "WeChat" },
			new String[] { "google-play", "com.eg.android.AlipayGphone", "Alipay" },
			new String[] { "apple", "414478124", "WeChat" }, new String[] { "google-play", "com.intsig.camscanner", "CamScanner" },
			new String[] { "apple", "333206289", "Alipay" }, new String[] { "google-play", "com.lenovo.anyshare.gps", "SHAREit" });

	private CatalogGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		long count = Long.parseLong(args[1].replace("_", ""));
		long planted = write(file, count);
		System.out.println("wrote " + count + " listings to " + file + ", " + planted + " planted positives in "
				+ file + ".planted");
	}

	/** @return how many positives were planted */
	public static long write(Path file, long count) throws IOException {
		long planted = 0;
		try (BufferedWriter out = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
				BufferedWriter positives = Files.newBufferedWriter(Path.of(file + ".planted"))) {
			for (long i = 0; i < count; i++) {
				if (i % PLANT_EVERY == PLANT_EVERY / 2) {
					String[] app = PLANTED.get((int) (planted % PLANTED.size()));
					// each planted app in a different storefront, so no two planted lines share a key
					long k = planted / PLANTED.size();
					String country = "" + (char) ('a' + k / 26 % 26) + (char) ('a' + k % 26);
					line(out, app[0], country, app[1], app[2] + " clone " + i, "Planted Dev " + i);
					positives.write(app[0] + "," + country + "," + app[1] + "\n");
					planted++;
				}
				else if (i % 10 < 7) {
					line(out, "google-play", COUNTRIES.get((int) (i % COUNTRIES.size())), "com.bench.app" + i,
							"Bench app " + i + ", \"lite\"", "Bench Developer " + (i % 5000));
				}
				else {
					line(out, "apple", COUNTRIES.get((int) (i % COUNTRIES.size())), Long.toString(9_000_000_000L + i),
							"Bench iOS app " + i, "Bench Developer " + (i % 5000));
				}
			}
		}
		return planted;
	}

	private static void line(BufferedWriter out, String store, String country, String appId, String title,
			String developer) throws IOException {
		boolean apple = store.equals("apple");
		out.write("{\"store\":\"" + store + "\",\"country\":\"" + country + "\",\"appId\":\"" + appId
				+ "\",\"bundleId\":\"" + (apple ? "com.bench.ios" + appId : "") + "\",\"title\":\""
				+ title.replace("\"", "\\\"") + "\",\"developerName\":\"" + developer + "\",\"developerId\":\""
				+ (apple ? "1" + (appId.hashCode() & 0xffff) : "") + "\",\"legalName\":\"\",\"url\":\""
				+ (apple ? "https://apps.apple.com/" + country + "/app/id" + appId
						: "https://play.google.com/store/apps/details?id=" + appId)
				+ "\"}\n");
	}

}
