package dev.delist.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import dev.delist.store.googleplay.PlayDetails;
import dev.delist.store.googleplay.PlayDetailsParser;

/**
 * Parse time of one real ~1.2 MB Google Play details page (Translate), single thread. The page is read once in
 * setup from {@code -Ddelist.fixtures} (default ../shared/fixtures): it is third-party data and never copied into
 * the project. Goal: at most 1 ms per page. How to run: docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class PlayDetailsParseBenchmark {

	static final String PAGE = "google-play/play-details_com.google.android.apps.translate_en-us_2026-07.html";

	private final PlayDetailsParser parser = new PlayDetailsParser();

	private String html;

	@Setup
	public void readPage() throws IOException {
		Path file = Path.of(System.getProperty("delist.fixtures", "../shared/fixtures"), PAGE);
		this.html = Files.readString(file, StandardCharsets.UTF_8);
		if (!"com.google.android.apps.translate".equals(parse().packageName())) {
			throw new IllegalStateException("benchmark page did not parse as expected: " + file);
		}
	}

	@Benchmark
	public PlayDetails parse() {
		return this.parser.parse(this.html, PAGE);
	}

}
