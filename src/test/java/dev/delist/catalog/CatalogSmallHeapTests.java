package dev.delist.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.delist.bench.CatalogGenerator;
import dev.delist.bench.CatalogReportCheck;
import dev.delist.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import streams: a 200,000-line catalog (about 50 MB) is screened by a separate JVM with a 128 MB heap,
 * which could not hold the file, let alone its listings, and every planted positive is reported.
 */
class CatalogSmallHeapTests {

	@TempDir
	Path dir;

	@Test
	void shouldScreenA200000LineCatalogIn128MegabytesOfHeap() throws Exception {
		Path catalog = this.dir.resolve("catalog.jsonl");
		CatalogGenerator.write(catalog, 200_000);
		Path reports = this.dir.resolve("reports");
		Path output = this.dir.resolve("output.txt");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(List.of(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"dev.delist.DelistApplication", "run", "--date", "2026-11-29", "--catalog", catalog.toString(),
				"--spring.datasource.url=" + TestDatabase.newDatabase(), "--delist.jobs.dir=" + Path.of("jobs").toAbsolutePath(),
				"--delist.report.dir=" + reports, "--logging.file.name=" + this.dir.resolve("delist.log")))
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		try {
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
		}
		finally {
			process.destroyForcibly();
		}

		String printed = Files.readString(output);
		assertThat(process.exitValue()).as(printed).isZero();
		assertThat(printed).doesNotContain("OutOfMemoryError").contains("COMPLETE");
		String runDir = printed.substring(printed.indexOf("reports in ") + "reports in ".length()).lines().findFirst()
			.orElseThrow();
		assertThat(CatalogReportCheck.missing(Path.of(catalog + ".planted"), Path.of(runDir))).as(printed).isEmpty();
	}

}
