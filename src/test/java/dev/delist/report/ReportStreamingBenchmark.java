package dev.delist.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import dev.delist.support.TestDatabase;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the reports of a run with {@code n} candidates (diffed against a previous run of {@code n}) and prints
 * the peak heap the writing took. Run it with a small {@code -Xmx} to show the heap stays flat as n grows; see
 * docs/benchmarks.md. {@link ReportStreamingHeapTests} runs it in a forked JVM with -Xmx32m.
 * <p>
 * Arguments: {@code <jdbc-url|embedded> <candidates> <out-dir>}; the database must be empty (it is migrated).
 */
public final class ReportStreamingBenchmark {

	private ReportStreamingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0].equals("embedded") ? TestDatabase.newDatabase() : args[0];
		int n = Integer.parseInt(args[1]);
		Path out = Path.of(args[2]);
		DataSource dataSource = ReportDb.dataSource(url);
		ReportDb.migrate(dataSource);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		ReportDb db = new ReportDb(url, HtmlReportWriter.DEFAULT_PAGE_SIZE);

		long setup = System.nanoTime();
		// run 1: candidates 1..n, reported; run 2: the first 5 % gone, as many new, a tenth of the rest changed
		SyntheticRuns.targets(jdbc, 1, 10);
		SyntheticRuns.candidates(jdbc, 1, 1, n, 1);
		db.report(1, 1, "2026-11-28", out);
		SyntheticRuns.targets(jdbc, 2, 10);
		SyntheticRuns.candidates(jdbc, 2, n / 20 + 1, n + n / 20, 7);
		jdbc.execute("ANALYZE candidate");
		setup = System.nanoTime() - setup;

		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		RunSummary summary = db.report(2, 2, "2026-11-29", out);
		long elapsed = System.nanoTime() - start;
		long peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();

		Path store = out.resolve("2026-11-29/run-2/apple");
		RunSummary.StoreSummary apple = summary.stores().get("apple");
		System.out.printf("candidates=%d takedown=%d notInForce=%d byChange=%s%n", n, apple.takedownCandidates(),
				apple.notInForce(), apple.candidatesByChange());
		System.out.printf("files=%d report.json=%d candidates.csv=%d report.html=%d bytes%n", apple.files().size(),
				Files.size(store.resolve("report.json")), Files.size(store.resolve("candidates.csv")),
				Files.size(store.resolve("report.html")));
		System.out.printf("setup=%d ms write=%d ms%n", setup / 1_000_000, elapsed / 1_000_000);
		// the sum of each pool's peak is an upper bound; the old generation's peak is what the write retained
		System.out.printf("maxHeap=%d MiB peakHeapDuringWrite=%d MiB%n",
				Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
		heap.forEach((pool) -> System.out.printf("  %s peak=%.1f MiB%n", pool.getName(),
				pool.getPeakUsage().getUsed() / 1048576.0));
	}

}
