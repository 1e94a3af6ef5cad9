package dev.delist.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that every positive {@link CatalogGenerator} planted is a candidate in the run's reports.
 *
 * <pre>java -cp ... dev.delist.bench.CatalogReportCheck FILE.planted REPORT_RUN_DIR</pre>
 *
 * Exits 0 when all are found, 1 with the missing ones otherwise.
 */
public final class CatalogReportCheck {

	private CatalogReportCheck() {
	}

	public static void main(String[] args) throws IOException {
		Set<String> missing = missing(Path.of(args[0]), Path.of(args[1]));
		long planted = Files.lines(Path.of(args[0])).count();
		if (missing.isEmpty()) {
			System.out.println("all " + planted + " planted positives are candidates");
			return;
		}
		System.out.println(missing.size() + " of " + planted + " planted positives missing, e.g. "
				+ missing.stream().limit(10).toList());
		System.exit(1);
	}

	/** @return the planted store,country,appId keys that no report names as a candidate */
	public static Set<String> missing(Path planted, Path runDir) throws IOException {
		Set<String> found = new HashSet<>();
		JsonMapper json = JsonMapper.builder().build();
		for (String store : List.of("apple", "google-play")) {
			Path report = runDir.resolve(store).resolve("report.json");
			if (Files.exists(report)) {
				for (JsonNode candidate : json.readTree(report.toFile()).get("candidates")) {
					found.add(store + "," + candidate.get("country").asString() + "," + candidate.get("appId").asString());
				}
			}
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<String> lines = Files.lines(planted)) {
			lines.filter((line) -> !found.contains(line)).forEach(missing::add);
		}
		return missing;
	}

}
