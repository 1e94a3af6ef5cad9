package dev.delist.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.delist.bench.CatalogGenerator;
import dev.delist.bench.CatalogReportCheck;
import dev.delist.support.DelistProcess;
import dev.delist.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import streams: a 100,000-line catalog (about 25 MB) is screened by a separate JVM with a 64 MB heap,
 * which could not hold the file beside delist itself, let alone its listings, and every planted positive is
 * reported.
 */
class CatalogSmallHeapTests {

	@TempDir
	Path dir;

	@Test
	void shouldScreenA100000LineCatalogIn64MegabytesOfHeap() throws Exception {
		Path catalog = this.dir.resolve("catalog.jsonl");
		CatalogGenerator.write(catalog, 100_000);
		Path reports = this.dir.resolve("reports");
		Path output = this.dir.resolve("output.txt");
		List<String> command = new ArrayList<>(DelistProcess.command("64m"));
		command.addAll(List.of("run", "--date", "2026-11-29", "--catalog", catalog.toString(),
				"--spring.datasource.url=" + TestDatabase.newDatabase(), "--delist.jobs.dir=" + Path.of("jobs").toAbsolutePath(),
				"--delist.report.dir=" + reports, "--logging.file.name=" + this.dir.resolve("delist.log")));
		Process process = new ProcessBuilder(command)
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
		// delist's console is one line a problem: a stack trace would be in its log
		assertThat(Files.readString(this.dir.resolve("delist.log"))).doesNotContain("OutOfMemoryError");
		String runDir = printed.substring(printed.indexOf("reports in ") + "reports in ".length()).lines().findFirst()
			.orElseThrow();
		assertThat(CatalogReportCheck.missing(Path.of(catalog + ".planted"), Path.of(runDir))).as(printed).isEmpty();
	}

}
