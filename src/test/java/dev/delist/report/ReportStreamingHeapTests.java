package dev.delist.report;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.delist.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 25,000 candidates are written in a JVM with a 32 MiB heap: held in memory they would take more than twice that,
 * so the run passing is the proof that the writers stream (the heap a write retains does not grow with the run,
 * 13 MiB at 10,000 candidates as at 100,000, and 100,000 fit in 32 MiB: docs/benchmarks.md).
 */
class ReportStreamingHeapTests {

	private static final int CANDIDATES = 25_000;

	@TempDir
	Path dir;

	@Test
	void shouldWrite25000CandidatesIn32MiBOfHeap() throws Exception {
		// given an empty database and a JVM with a small heap
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				ReportStreamingBenchmark.class.getName(), TestDatabase.newDatabase(), String.valueOf(CANDIDATES),
				this.dir.toString()));

		// when
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("probe.log").toFile())
			.start();
		boolean finished = process.waitFor(10, TimeUnit.MINUTES);

		// then
		String log = Files.readString(this.dir.resolve("probe.log"));
		assertThat(finished).as(log).isTrue();
		assertThat(process.exitValue()).as(log).isZero();
		assertThat(log).contains("maxHeap=").doesNotContain("OutOfMemoryError");
		System.out.println(log.lines().filter((line) -> !line.contains(" INFO ")).reduce("", (a, b) -> a + b + "\n"));
		Path store = this.dir.resolve("2026-11-29/run-2/apple");
		try (Stream<String> lines = Files.lines(store.resolve("candidates.csv"))) {
			assertThat(lines.count()).isEqualTo(CANDIDATES + 1);
		}
		Map<String, Long> arrays = countArrays(store.resolve("report.json"));
		assertThat(arrays.get("candidates")).isEqualTo(CANDIDATES);
		assertThat(arrays.get("resolved")).isEqualTo(CANDIDATES / 20);
		// 95 % in force at 1,000 rows a page (23,750: 24 pages); the rest not in force (1,250: 2 pages)
		assertThat(store.resolve("candidates-24.html")).exists();
		assertThat(store.resolve("candidates-25.html")).doesNotExist();
		assertThat(store.resolve("not-in-force-2.html")).exists();
		assertThat(store.resolve("not-in-force-3.html")).doesNotExist();
		assertThat(Files.size(store.resolve("report.html"))).isLessThan(5L << 20);
	}

	/**
	 * Counts the elements of each top-level array in one pass of a streaming parser: the file is far larger than a
	 * tree should be.
	 */
	private static Map<String, Long> countArrays(Path json) throws Exception {
		Map<String, Long> counts = new HashMap<>();
		try (Reader reader = Files.newBufferedReader(json, StandardCharsets.UTF_8);
				JsonParser parser = ReportFiles.JSON.createParser(reader)) {
			while (parser.nextToken() != null) {
				if (parser.currentToken() == JsonToken.PROPERTY_NAME && parser.streamReadContext().getParent().inRoot()) {
					String name = parser.currentName();
					if (parser.nextToken() != JsonToken.START_ARRAY) {
						parser.skipChildren();
						continue;
					}
					long count = 0;
					while (parser.nextToken() != JsonToken.END_ARRAY) {
						parser.skipChildren();
						count++;
					}
					counts.put(name, count);
				}
			}
		}
		return counts;
	}

}
