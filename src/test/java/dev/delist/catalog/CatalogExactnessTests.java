package dev.delist.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Diff and rematch stay exact at import speed: a second run over the catalog with 1% of its listings changed
 * reports exactly the candidates of those listings as changed, and a rematch of a catalog run reads no file and
 * asks no store, and reproduces its candidates row for row.
 */
class CatalogExactnessTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern EXECUTION = Pattern.compile("\\(execution (\\d+)\\).*reports in (\\S+)");

	private static final int LINES = 20_000;

	@TempDir
	Path dir;

	@Test
	void shouldReportExactlyTheChangedListingsAsChangedAndRematchToTheSameCandidates() throws Exception {
		String database = TestDatabase.newDatabase();
		// the shipped lists: the generator plants apps they name
		Cli cli = new Cli("--spring.datasource.url=" + database, "--delist.jobs.dir=" + Path.of("jobs").toAbsolutePath(),
				"--delist.report.dir=" + this.dir.resolve("reports"),
				// a store asked would be an error: nothing listens there
				"--delist.stores.apple.base-url=http://127.0.0.1:9", "--delist.stores.google-play.base-url=http://127.0.0.1:9",
				"--delist.stores.galaxy-store.base-url=http://127.0.0.1:9");
		Path first = this.dir.resolve("first.jsonl");
		// a listed app every 50 lines: 400 listings with candidates, among 19,600 without
		CatalogGenerator.write(first, LINES, 50);
		List<String> lines = Files.readAllLines(first);
		List<String> changed = new ArrayList<>(lines);
		Set<String> changedKeys = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			// 1%: every fourth listed app and as many listings that match nothing
			if (i % 200 == 25 || i % 200 == 100) {
				changed.set(i, lines.get(i).replace("\"title\":\"", "\"title\":\"Renamed "));
				changedKeys.add(key(JSON.readTree(lines.get(i))));
			}
		}
		assertThat(changedKeys).hasSize(LINES / 100);
		Path second = Files.write(this.dir.resolve("second.jsonl"), changed);

		Run run1 = run(cli, "run", "--date", "2026-11-29", "--catalog", first.toString());
		Run run2 = run(cli, "run", "--date", "2026-11-30", "--catalog", second.toString());

		// then: every candidate of a changed listing is CHANGED (or NEW, for an entry its new title matches), every
		// other one UNCHANGED, and nothing else left
		List<JsonNode> candidates = candidates(run2.reports());
		assertThat(candidates).hasSizeGreaterThanOrEqualTo(400);
		Set<String> changedCandidates = new HashSet<>();
		for (JsonNode candidate : candidates) {
			String key = candidate.get("store").asString() + " " + candidate.get("country").asString() + " "
					+ candidate.get("appId").asString();
			String change = candidate.get("change").asString();
			if (changedKeys.contains(key)) {
				assertThat(change).as(key).isIn("CHANGED", "NEW");
				changedCandidates.add(key);
			}
			else {
				assertThat(change).as(key).isEqualTo("UNCHANGED");
			}
		}
		assertThat(changedCandidates).as("the changed listed apps").hasSize(100);
		for (String store : List.of("apple", "google-play")) {
			for (JsonNode resolved : report(run2.reports(), store).get("resolved")) {
				assertThat(changedKeys).contains(store + " " + resolved.get("country").asString() + " "
						+ resolved.get("appId").asString());
			}
		}

		// a rematch of the second run: no file (it is gone), no store, the same candidates row for row
		Files.delete(second);
		Run rematch = run(cli, "rematch", Long.toString(run2.execution()));
		assertThat(rows(database, rematch.instance(database))).isEqualTo(rows(database, run2.instance(database)))
			.hasSize(candidates.size());
		assertThat(candidates(rematch.reports())).extracting((candidate) -> candidate.get("change").asString())
			.containsOnly("UNCHANGED");
		assertThat(report(rematch.reports(), "apple").at("/run/status").asString()).isEqualTo("COMPLETE");
		assertThat(report(rematch.reports(), "google-play").at("/health/fetched").asLong())
			.isEqualTo(report(run2.reports(), "google-play").at("/health/fetched").asLong());
	}

	record Run(long execution, Path reports) {

		long instance(String database) throws Exception {
			return Long.parseLong(query(database,
					"SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = " + this.execution).get(0));
		}

	}

	private static Run run(Cli cli, String... args) {
		Cli.Result result = cli.run(args);
		assertThat(result.exitCode()).as(result.toString()).isZero();
		Matcher matcher = EXECUTION.matcher(result.out());
		assertThat(matcher.find()).as(result.out()).isTrue();
		return new Run(Long.parseLong(matcher.group(1)), Path.of(matcher.group(2)));
	}

	private static String key(JsonNode line) {
		return line.get("store").asString() + " " + line.get("country").asString() + " " + line.get("appId").asString();
	}

	private static List<JsonNode> candidates(Path reports) throws Exception {
		List<JsonNode> all = new ArrayList<>();
		for (String store : List.of("apple", "google-play")) {
			for (JsonNode candidate : report(reports, store).get("candidates")) {
				((tools.jackson.databind.node.ObjectNode) candidate).put("store", store);
				all.add(candidate);
			}
		}
		return all;
	}

	private static JsonNode report(Path reports, String store) throws Exception {
		return JSON.readTree(reports.resolve(store).resolve("report.json").toFile());
	}

	/** A run's candidates, every column but the run's id. */
	private static List<String> rows(String database, long instance) throws Exception {
		return query(database, """
				SELECT concat_ws('|', candidate_id, store, country, app_id, bundle_id, title, developer_name, developer_id,
				  legal_name, url, fetched_at, snapshot_sha256, list_id, entry_id, entry_name, entry_in_force, tier, score,
				  reasons::text, evidence_sha256, level, entry_jurisdiction::text, takedown_candidate, suppressed)
				FROM candidate WHERE job_instance_id = %d ORDER BY candidate_id""".formatted(instance));
	}

	private static List<String> query(String database, String sql) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(database); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

}
