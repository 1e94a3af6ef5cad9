package dev.delist.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.delist.bench.CatalogGenerator;
import dev.delist.support.Cli;
import dev.delist.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run --catalog FILE --shard i/N} (a Kubernetes Indexed Job's pods): each shard screens its share of the
 * file's lines as a catalog job of its own (history, diff and lock per shard, so shards run side by side), and the
 * shards together report what one run of the whole file reports.
 */
class CatalogShardTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern RUN = Pattern.compile("^(\\S+) run \\d+ \\(execution \\d+\\): COMPLETE; reports in (\\S+)",
			Pattern.MULTILINE);

	@TempDir
	Path dir;

	@Test
	void shouldScreenEachShardsShareOnceAndTogetherAllOfTheFile() throws Exception {
		Cli cli = new Cli("--spring.datasource.url=" + TestDatabase.newDatabase(),
				"--delist.jobs.dir=" + Path.of("jobs").toAbsolutePath(), "--delist.report.dir=" + this.dir.resolve("reports"));
		Path catalog = this.dir.resolve("catalog.jsonl");
		CatalogGenerator.write(catalog, 3_000, 50);

		Screened whole = screen(cli, "--catalog", catalog.toString());
		Screened first = screen(cli, "--catalog", catalog.toString(), "--shard", "0/3");
		Screened second = screen(cli, "--catalog", catalog.toString(), "--shard", "1/3");
		Screened third = screen(cli, "--catalog", catalog.toString(), "--shard", "2/3");
		Screened again = screen(cli, "--catalog", catalog.toString(), "--shard", "1/3");

		assertThat(whole.job()).isEqualTo("nightly-catalog");
		assertThat(List.of(first.job(), second.job(), third.job())).containsExactly("nightly-shard-0-of-3-catalog",
				"nightly-shard-1-of-3-catalog", "nightly-shard-2-of-3-catalog");
		List<String> together = new ArrayList<>(first.candidates());
		together.addAll(second.candidates());
		together.addAll(third.candidates());
		assertThat(together).hasSizeGreaterThanOrEqualTo(60).containsExactlyInAnyOrderElementsOf(whole.candidates());
		assertThat(first.fetched() + second.fetched() + third.fetched()).isEqualTo(3_000).isEqualTo(whole.fetched());
		assertThat(second.fetched()).isBetween(900L, 1_100L);
		// a shard's next run is diffed against that shard's last one
		assertThat(again.changes()).containsOnly("UNCHANGED");
	}

	@Test
	void shouldRefuseToShardACsvCatalogBeforeStarting() throws Exception {
		Path catalog = Files.writeString(this.dir.resolve("catalog.csv"),
				"store,country,appId,bundleId,title,developerName,developerId,legalName,url\n"
						+ "google-play,us,com.example.app,,App,Dev,,,\n");

		Cli.Result result = new Cli("--spring.datasource.url=" + TestDatabase.newDatabase(),
				"--delist.jobs.dir=" + Path.of("jobs").toAbsolutePath(), "--delist.report.dir=" + this.dir.resolve("reports"))
			.run("run", "--catalog", catalog.toString(), "--shard", "1/2");

		assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
		assertThat(result.err().strip()).isEqualTo("delist: --catalog: " + catalog + ": a CSV catalog cannot be split "
				+ "into shards (a quoted field may hold line breaks); use JSON Lines for a sharded run");
		assertThat(this.dir.resolve("reports")).doesNotExist();
	}

	record Screened(String job, List<String> candidates, List<String> changes, long fetched) {
	}

	private static Screened screen(Cli cli, String... args) throws Exception {
		List<String> all = new ArrayList<>(List.of("run", "--date", "2026-11-29"));
		all.addAll(List.of(args));
		Cli.Result result = cli.run(all.toArray(String[]::new));
		assertThat(result.exitCode()).as(result.toString()).isZero();
		Matcher matcher = RUN.matcher(result.out());
		assertThat(matcher.find()).as(result.out()).isTrue();
		List<String> candidates = new ArrayList<>();
		List<String> changes = new ArrayList<>();
		long fetched = 0;
		for (String store : List.of("apple", "google-play")) {
			JsonNode report = JSON.readTree(Path.of(matcher.group(2)).resolve(store).resolve("report.json").toFile());
			fetched += report.at("/health/fetched").asLong();
			for (JsonNode candidate : report.get("candidates")) {
				candidates.add(store + " " + candidate.get("country").asString() + " " + candidate.get("appId").asString()
						+ " " + candidate.at("/entry/listId").asString() + " " + candidate.at("/entry/entryId").asString());
				changes.add(candidate.get("change").asString());
			}
		}
		return new Screened(matcher.group(1), candidates, changes, fetched);
	}

}
