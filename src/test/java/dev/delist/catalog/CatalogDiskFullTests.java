package dev.delist.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.delist.bench.CatalogGenerator;
import dev.delist.bench.CatalogReportCheck;
import dev.delist.support.DelistProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disk that fills during an import ends the run FAILED, ready to restart, with nothing of the catalog stored
 * or reported; the restart then screens the whole file once. The disk is made to fill by a file size limit
 * (ulimit -f) on delist and the embedded PostgreSQL it starts: PostgreSQL's table file cannot grow past it, as on
 * a full disk (it reports "File too large" where a full disk says "No space left on device"; the path is the
 * same).
 */
class CatalogDiskFullTests {

	private static final int LINES = 100_000;

	/** 24 MB in the shell's 512-byte blocks: the catalog's table outgrows it at about 60,000 rows. */
	private static final int FILE_SIZE_LIMIT_BLOCKS = 48 * 1024;

	@TempDir
	Path dir;

	@Test
	void shouldFailRestartablyWithNothingHalfImportedWhenTheDiskFills() throws Exception {
		Path catalog = this.dir.resolve("catalog.jsonl");
		CatalogGenerator.write(catalog, LINES);
		Path pg = this.dir.resolve("pg");
		Path reports = this.dir.resolve("reports");

		Result full = delist(true, "run", "--date", "2026-11-29", "--catalog", catalog.toString());

		assertThat(full.exitCode()).as(full.toString()).isEqualTo(1);
		assertThat(full.err()).contains("delist: nightly-catalog run 1 (execution 1) FAILED: ")
			.contains("File too large")
			.contains("delist restart 1")
			.doesNotContain("\tat ");
		assertThat(reports).as("nothing reported").doesNotExist();
		assertThat(counts(pg, "SELECT count(*) FROM listing_snapshot", "SELECT count(*) FROM candidate",
				"SELECT count(*) FROM catalog_import"))
			.as("nothing of the catalog stored: listings, candidates, imports")
			.containsExactly(0L, 0L, 0L);
		assertThat(delist(false, "status").out()).containsPattern("nightly-catalog\\s+2026-11-29\\s+FAILED");

		Result restart = delist(false, "restart", "1");

		assertThat(restart.exitCode()).as(restart.toString()).isZero();
		assertThat(restart.out()).contains("COMPLETE");
		assertThat(counts(pg, "SELECT count(*) FROM listing_snapshot")).containsExactly((long) LINES);
		Path runDir = Path.of(restart.out().substring(restart.out().indexOf("reports in ") + "reports in ".length())
			.lines().findFirst().orElseThrow());
		assertThat(CatalogReportCheck.missing(Path.of(catalog + ".planted"), runDir)).isEmpty();
	}

	/** The counts, asked of delist's embedded database started once (each start is seconds). */
	private List<Long> counts(Path pg, String... queries) throws Exception {
		List<Long> counts = new ArrayList<>();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(pg).setCleanDataDirectory(false)
			.start(); Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			for (String sql : queries) {
				try (ResultSet result = statement.executeQuery(sql)) {
					result.next();
					counts.add(result.getLong(1));
				}
			}
		}
		return counts;
	}

	record Result(int exitCode, String out, String err) {
	}

	/** delist in a JVM of its own on an embedded database in the test's folder, under the file size limit or not. */
	private Result delist(boolean limited, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("sh", "-c",
				(limited ? "ulimit -f " + FILE_SIZE_LIMIT_BLOCKS + " && " : "") + "exec \"$@\"", "sh"));
		command.addAll(DelistProcess.command("256m"));
		command.addAll(Arrays.asList(args));
		command.addAll(List.of("--delist.jobs.dir=" + Path.of("jobs").toAbsolutePath(),
				"--delist.embedded.dir=" + this.dir.resolve("pg"), "--delist.report.dir=" + this.dir.resolve("reports"),
				"--logging.file.name=" + this.dir.resolve("delist.log")));
		Path out = Files.createTempFile(this.dir, "out", ".txt");
		Path err = Files.createTempFile(this.dir, "err", ".txt");
		Process process = new ProcessBuilder(command).directory(this.dir.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		try {
			assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("delist " + String.join(" ", args) + " ended").isTrue();
		}
		finally {
			process.destroyForcibly();
		}
		return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

}
