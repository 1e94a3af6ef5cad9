package dev.delist.report;

import dev.delist.gate.HealthRepository;
import dev.delist.gate.RunGate;
import dev.delist.match.Matcher;
import dev.delist.run.RunPlan;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.delist.config.DelistProperties;
import dev.delist.database.V1__SpringBatchJobRepository;
import dev.delist.gate.RunGaps;
import dev.delist.definition.JobDefinition;
import dev.delist.store.Store;
import dev.delist.support.TestDatabase;
import org.flywaydb.core.Flyway;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A migrated embedded-PostgreSQL database with the report service wired by hand, and the rows a run leaves
 * behind (targets, snapshots, candidates) inserted directly: runs whose diff a test controls exactly.
 */
final class ReportDb {

	static final String JOB = "nightly";

	final String url;

	final DataSource dataSource;

	final JdbcTemplate jdbc;

	final ReportService service;

	ReportDb(int pageSize) {
		this(TestDatabase.newDatabase(), pageSize);
	}

	ReportDb(String url, int pageSize) {
		this.url = url;
		this.dataSource = dataSource(url);
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.service = service(this.dataSource, pageSize);
	}

	static DataSource dataSource(String url) {
		return new DriverManagerDataSource(url, "postgres", "");
	}

	static void migrate(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("filesystem:sql")
			.javaMigrations(new V1__SpringBatchJobRepository())
			.load()
			.migrate();
	}

	/** The report service as the application wires it, minus Spring. */
	static ReportService service(DataSource dataSource, int pageSize) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		ReportRepository repository = new ReportRepository(JdbcClient.create(dataSource));
		ReportAssembler assembler = new ReportAssembler(repository, health(dataSource), jdbc,
				new DataSourceTransactionManager(dataSource), Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.UTC));
		DelistProperties properties = new Binder(
				new MapConfigurationPropertySource(Map.of("delist.report.page-size", String.valueOf(pageSize))))
			.bindOrCreate("delist", DelistProperties.class);
		return new ReportService(assembler, repository, properties);
	}

	ReportDb migrated() {
		migrate(this.dataSource);
		return this;
	}

	/** {@code n} answered targets of the given outcome. */
	void targets(long run, String outcome, int n) {
		this.jdbc.update("""
				INSERT INTO fetch_target (job_instance_id, store, country, kind, value, batch_no, outcome, url, detail)
				SELECT ?, 'apple', 'us', 'APP_ID', ? || g, g, ?, 'https://itunes.apple.com/lookup', 'test'
				FROM generate_series(1, ?) g""", run, outcome, outcome, n);
	}

	void snapshot(long run, String country, String appId) {
		this.jdbc.update("""
				INSERT INTO listing_snapshot (job_instance_id, store, country, app_id, title, listing, content_sha256,
				  fetched_at)
				VALUES (?, 'apple', ?, ?, 'title', '{}'::jsonb, repeat('0', 64), now())""", run, country, appId);
	}

	/** A match of {@code appId} against list entry {@code entry} of the list "test-apps". */
	void candidate(long run, String appId, String entry, boolean inForce, String tier, String evidence, String title) {
		this.jdbc.update("""
				INSERT INTO candidate (job_instance_id, candidate_id, store, country, app_id, bundle_id, title,
				  developer_name, developer_id, legal_name, url, fetched_at, snapshot_sha256, list_id, entry_id,
				  entry_name, entry_in_force, tier, score, reasons, evidence_sha256)
				VALUES (?, ?, 'apple', 'us', ?, 'com.example.' || ?, ?, 'Example Dev', '9' || ?, 'Example Ltd',
				  'https://apps.apple.com/us/app/id' || ?, '2026-11-29T02:00:00Z', repeat('a', 64), 'test-apps', ?,
				  'Entry ' || ?, ?, ?, 0.95,
				  '[{"code":"STORE_ID","field":"appId","listingValue":"x","listValue":"x","score":1.0,"explanation":"same id"}]',
				  rpad(?, 64, '0'))""", run, "cand-" + appId + "-" + entry, appId, appId, title, appId, appId, entry,
				entry, inForce, tier, evidence);
	}

	/** Writes the reports of run {@code run} as execution {@code execution}; the report dir is {@code dir}. */
	RunSummary report(long run, long execution, String date, Path dir) {
		RunPlan plan = new RunPlan(JOB, LocalDate.parse(date),
				List.of(new RunPlan.StorePlan("apple", List.of("us"), 1, List.of("identifiers"), null)), List.of(),
				new JobDefinition.GateSettings(0.0, 1), Matcher.VERSION, null, null, null);
		// the gate step decides before the report step, as in a real run
		RunGate.RunVerdict verdict = new RunGate(health(this.dataSource), new RunGaps(JdbcClient.create(this.dataSource)))
			.decide(run, plan.countries().keySet(), plan.gate());
		return this.service.write(new RunContext(run, execution, JOB, plan.runDate(), Instant.parse(date + "T02:00:00Z"),
				plan.countries(), plan, verdict.stores(), List.of(), dir));
	}

	private static HealthRepository health(DataSource dataSource) {
		return new HealthRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
	}

}
