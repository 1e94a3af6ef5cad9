package dev.delist.discover;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import dev.delist.database.V1__SpringBatchJobRepository;
import dev.delist.list.ListFiles;
import dev.delist.list.LoadedList;
import dev.delist.store.LookupKey;
import dev.delist.store.Store;
import dev.delist.support.TestDatabase;
import dev.delist.support.TestJobs;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the Galaxy Store is asked about: the lists' Android packages, and (having no seller catalogs) the packages
 * the job's other Android stores attribute to the sellers it matched before.
 */
class GalaxyDiscoveryTests {

	@TempDir
	Path dir;

	@Test
	void shouldPlanTheListedAndroidPackagesForTheGalaxyStoreInEveryCountry() throws Exception {
		List<LoadedList> lists = ListFiles.loadDirectory(TestJobs.copyTo(this.dir).resolve("lists"));

		List<FetchTarget> targets = TargetPlanner.plan(lists, Map.of(Store.GALAXY_STORE, List.of("us", "in")),
				Map.of(Store.GALAXY_STORE, 1), Map.of(Store.GALAXY_STORE, Set.of(Discovery.IDENTIFIERS)), Map.of());

		// the package is listed for Google Play; Apple's ids and bundle ids are not asked
		assertThat(targets).extracting(FetchTarget::country, FetchTarget::key, FetchTarget::value)
			.containsExactly(tuple("us", LookupKey.APP_ID, "com.example.banned.android"),
					tuple("in", LookupKey.APP_ID, "com.example.banned.android"));
	}

	@Test
	void shouldLookUpTheLearnedSellersPackagesAsAppsOnlyWithDeveloperDiscovery() throws Exception {
		List<LoadedList> lists = ListFiles.loadDirectory(TestJobs.copyTo(this.dir).resolve("lists"));
		Map<Store, Set<String>> learned = Map.of(Store.GALAXY_STORE, Set.of("com.example.sibling"));

		List<FetchTarget> withDevelopers = TargetPlanner.plan(lists, Map.of(Store.GALAXY_STORE, List.of("us")),
				Map.of(), Map.of(Store.GALAXY_STORE, Set.of(Discovery.IDENTIFIERS, Discovery.DEVELOPERS)), learned);
		List<FetchTarget> identifiersOnly = TargetPlanner.plan(lists, Map.of(Store.GALAXY_STORE, List.of("us")),
				Map.of(), Map.of(Store.GALAXY_STORE, Set.of(Discovery.IDENTIFIERS)), learned);

		assertThat(withDevelopers).extracting(FetchTarget::key, FetchTarget::value)
			.containsExactlyInAnyOrder(tuple(LookupKey.APP_ID, "com.example.banned.android"),
					tuple(LookupKey.APP_ID, "com.example.sibling"));
		assertThat(identifiersOnly).extracting(FetchTarget::value).containsExactly("com.example.banned.android");
	}

	@Test
	void shouldLearnThePackagesOtherStoresAttributeToAMatchedSeller() {
		// given: run 1 confirmed seller xvfs7fmivh's package in the Galaxy Store; Google Play saw the same package
		// under developer 5700 (who also publishes com.example.sibling) and a package whose legal name is the
		// seller's trade name under developer 777; run 2 is an unrelated later run of another job
		DataSource dataSource = new DriverManagerDataSource(TestDatabase.newDatabase(), "postgres", "");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("filesystem:sql")
			.javaMigrations(new V1__SpringBatchJobRepository())
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		report(jdbc, 1, "nightly", "galaxy-store");
		report(jdbc, 1, "nightly", "google-play");
		candidate(jdbc, 1, "galaxy-store", "com.example.banned.android", "xvfs7fmivh", "CONFIRMED");
		candidate(jdbc, 1, "galaxy-store", "org.example.lookalike", "other-seller", "POSSIBLE");
		snapshot(jdbc, 1, "galaxy-store", "com.example.banned.android", "xvfs7fmivh", "Example Holdings Ltd");
		snapshot(jdbc, 1, "galaxy-store", "com.example.also.seller", "xvfs7fmivh", null);
		snapshot(jdbc, 1, "galaxy-store", "org.example.lookalike", "other-seller", null);
		snapshot(jdbc, 1, "google-play", "com.example.banned.android", "5700", null);
		snapshot(jdbc, 1, "google-play", "com.example.sibling", "5700", null);
		snapshot(jdbc, 1, "google-play", "com.example.cousin", "777", "EXAMPLE HOLDINGS LTD");
		snapshot(jdbc, 1, "google-play", "org.example.lookalike", "999", null);
		snapshot(jdbc, 1, "apple", "123456789", "5700", null);
		report(jdbc, 2, "other-job", "galaxy-store");
		snapshot(jdbc, 2, "google-play", "org.example.later", "5700", null);
		TargetRepository targets = new TargetRepository(JdbcClient.create(dataSource), jdbc);

		// when
		Set<String> learned = targets.learnedDeveloperIds("nightly", Store.GALAXY_STORE, 3);

		// then: packages only, and only through the confirmed seller
		assertThat(learned).containsExactly("com.example.banned.android", "com.example.cousin", "com.example.sibling");
		assertThat(targets.learnedDeveloperIds("nightly", Store.GALAXY_STORE, 1)).isEmpty();
		assertThat(targets.learnedDeveloperIds("nightly", Store.GOOGLE_PLAY, 3)).isEmpty();
	}

	private static void report(JdbcTemplate jdbc, long run, String job, String store) {
		jdbc.update("""
				INSERT INTO store_report (job_instance_id, job_execution_id, job_name, run_date, store, status, health,
				                          candidates, report_dir)
				VALUES (?, ?, ?, DATE '2026-11-28', ?, 'COMPLETE', '{}', '{}', '/tmp')""", run, run, job, store);
	}

	private static void candidate(JdbcTemplate jdbc, long run, String store, String appId, String developerId,
			String tier) {
		jdbc.update("""
				INSERT INTO candidate (job_instance_id, candidate_id, store, country, app_id, title, developer_name,
				                       developer_id, url, fetched_at, list_id, entry_id, entry_name, entry_in_force, tier,
				                       score, reasons, evidence_sha256)
				VALUES (?, ?, ?, 'us', ?, 't', 'd', ?, 'u', now(), 'test-apps', 'banned-app', 'Banned App', true, ?,
				        0.9, '[]', repeat('0', 64))""", run, store + appId, store, appId, developerId, tier);
	}

	private static void snapshot(JdbcTemplate jdbc, long run, String store, String appId, String developerId,
			String legalName) {
		jdbc.update("""
				INSERT INTO listing_snapshot (job_instance_id, store, country, app_id, developer_id, legal_name,
				                              content_sha256, fetched_at)
				VALUES (?, ?, 'us', ?, ?, ?, repeat('0', 64), now())""", run, store, appId, developerId, legalName);
	}

}
