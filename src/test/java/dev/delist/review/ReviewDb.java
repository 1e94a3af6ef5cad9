package dev.delist.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.delist.audit.AuditLog;
import dev.delist.config.DelistProperties;
import dev.delist.config.Sha256;
import dev.delist.list.ListRepository;
import dev.delist.support.TestDatabase;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.annotation.PersistenceExceptionTranslationPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The review back end as the application wires it (its own Spring context: the real transactions and proxies)
 * over a database of delist's schema, with the rows a run leaves behind (reports, candidates, lists) inserted
 * directly, so a test decides exactly what each run found.
 */
final class ReviewDb implements AutoCloseable {

	final String url;

	final HikariDataSource dataSource;

	final JdbcTemplate jdbc;

	private final AnnotationConfigApplicationContext context;

	ReviewDb() {
		this(TestDatabase.newDatabase());
	}

	/** @param url a database delist's migrations created */
	ReviewDb(String url) {
		this.url = url;
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl(url);
		this.dataSource.setUsername("postgres");
		this.dataSource.setMaximumPoolSize(4);
		this.dataSource.setMinimumIdle(1);
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.context = new AnnotationConfigApplicationContext();
		this.context.registerBean(DataSource.class, () -> this.dataSource);
		this.context.registerBean(JdbcClient.class, () -> JdbcClient.create(this.dataSource));
		this.context.registerBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(this.dataSource));
		this.context.registerBean(Clock.class, Clock::systemUTC);
		// delist's configuration at its defaults (claims for 10 minutes)
		this.context.registerBean(DelistProperties.class, () -> new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("delist", DelistProperties.class));
		// as in the application, @Repository beans are proxied for exception translation
		this.context.registerBean(PersistenceExceptionTranslationPostProcessor.class);
		this.context.register(Wiring.class);
		this.context.refresh();
	}

	CandidateQueue queue() {
		return this.context.getBean(CandidateQueue.class);
	}

	Notes notes() {
		return this.context.getBean(Notes.class);
	}

	Claims claims() {
		return this.context.getBean(Claims.class);
	}

	Decisions decisions() {
		return this.context.getBean(Decisions.class);
	}

	CandidateStates states() {
		return this.context.getBean(CandidateStates.class);
	}

	CandidateDetails details() {
		return this.context.getBean(CandidateDetails.class);
	}

	AuditLog audit() {
		return this.context.getBean(AuditLog.class);
	}

	/** A report of run {@code run} for the store (what makes a run visible to reviewers), status COMPLETE or INCOMPLETE. */
	void report(long run, String store, String status, String date) {
		report(run, run, "nightly", store, status, date);
	}

	void report(long run, long execution, String job, String store, String status, String date) {
		this.jdbc.update("""
				INSERT INTO store_report (job_instance_id, job_execution_id, job_name, run_date, store, status, health,
				  candidates, report_dir)
				VALUES (?, ?, ?, CAST(? AS date), ?, ?, '{}'::jsonb, '{}'::jsonb, '/tmp/reports')""", run, execution, job,
				date, store, status);
	}

	/** Records the test list ({@code jobs/lists/test-apps.yaml}) as the version run {@code run} used. */
	void testList(long run) {
		String content;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("jobs/lists/test-apps.yaml")) {
			content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		String sha = Sha256.hex(content);
		this.jdbc.update("""
				INSERT INTO list_version (list_id, sha256, version, title, authority, citation, content)
				VALUES ('test-apps', ?, '1', 'Test prohibited apps', 'Test Order 1', '1 TR 1', ?)
				ON CONFLICT DO NOTHING""", sha, content);
		this.jdbc.update("""
				INSERT INTO run_list (job_instance_id, list_id, sha256, version, status, in_force, jurisdiction)
				VALUES (?, 'test-apps', ?, '1', 'in-force', true, ARRAY['us', 'gb'])""", run, sha);
	}

	/** Inserts the candidate as a row of its run. */
	Seed insert(Seed seed) {
		this.jdbc.update("""
				INSERT INTO candidate (job_instance_id, candidate_id, store, country, app_id, bundle_id, title,
				  developer_name, developer_id, legal_name, url, fetched_at, snapshot_sha256, list_id, entry_id,
				  entry_name, entry_in_force, tier, score, reasons, evidence_sha256, takedown_candidate,
				  entry_jurisdiction, suppressed)
				VALUES (?, ?, ?, ?, ?, 'com.example.' || ?, ?, 'Example Dev', '9' || ?, 'Example Ltd',
				  'https://apps.example/' || ? || '/' || ?, CAST(? AS timestamptz), repeat('a', 64), ?, ?, 'Entry ' || ?,
				  true, ?, ?, CAST(? AS jsonb), rpad(?, 64, '0'), ?, ARRAY['us', 'gb'], ?)""", seed.run(), seed.id(),
				seed.store(), seed.country(), seed.appId(), seed.appId(), seed.title(), seed.appId(), seed.country(),
				seed.appId(), seed.fetchedAt(), seed.listId(), seed.entryId(), seed.entryId(), seed.tier(),
				seed.score(), seed.reasons(), seed.evidence(), seed.takedown(), seed.suppressed());
		return seed;
	}

	@Override
	public void close() {
		this.context.close();
		this.dataSource.close();
	}

	/**
	 * One candidate row. The id is derived from store, country, app and entry (as a run's ids are: the same
	 * listing and entry keep it across runs), written in lower-case hex so Java and PostgreSQL sort it alike.
	 */
	record Seed(long run, String store, String country, String appId, String listId, String entryId, String tier,
			double score, String evidence, boolean takedown, String title, String reasons, boolean suppressed,
			String fetchedAt) {

		static Seed of(long run, String store, String country, String appId, String entryId, String tier, double score) {
			return new Seed(run, store, country, appId, "test-apps", entryId, tier, score, "e", true, "App " + appId,
					"[{\"code\":\"STORE_ID\",\"field\":\"appId\",\"listingValue\":\"" + appId + "\",\"listValue\":\""
							+ appId + "\",\"score\":1.0,\"explanation\":\"same id\"}]",
					false, "2026-11-29T02:00:00Z");
		}

		String id() {
			return Sha256.hex(this.store + "|" + this.country + "|" + this.appId + "|" + this.listId + "|" + this.entryId)
				.substring(0, 20);
		}

		Seed inRun(long run) {
			return new Seed(run, this.store, this.country, this.appId, this.listId, this.entryId, this.tier, this.score,
					this.evidence, this.takedown, this.title, this.reasons, this.suppressed, this.fetchedAt);
		}

		Seed evidence(String evidence) {
			return new Seed(this.run, this.store, this.country, this.appId, this.listId, this.entryId, this.tier,
					this.score, evidence, this.takedown, this.title, this.reasons, this.suppressed, this.fetchedAt);
		}

		Seed title(String title) {
			return new Seed(this.run, this.store, this.country, this.appId, this.listId, this.entryId, this.tier,
					this.score, this.evidence, this.takedown, title, this.reasons, this.suppressed, this.fetchedAt);
		}

		Seed list(String listId) {
			return new Seed(this.run, this.store, this.country, this.appId, listId, this.entryId, this.tier, this.score,
					this.evidence, this.takedown, this.title, this.reasons, this.suppressed, this.fetchedAt);
		}

		Seed takedown(boolean takedown) {
			return new Seed(this.run, this.store, this.country, this.appId, this.listId, this.entryId, this.tier,
					this.score, this.evidence, takedown, this.title, this.reasons, this.suppressed, this.fetchedAt);
		}

		Seed suppressed(boolean suppressed) {
			return new Seed(this.run, this.store, this.country, this.appId, this.listId, this.entryId, this.tier,
					this.score, this.evidence, this.takedown, this.title, this.reasons, suppressed, this.fetchedAt);
		}

		Seed tier(String tier) {
			return new Seed(this.run, this.store, this.country, this.appId, this.listId, this.entryId, tier, this.score,
					this.evidence, this.takedown, this.title, this.reasons, this.suppressed, this.fetchedAt);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableTransactionManagement
	@Import({ CurrentRuns.class, Claims.class, Notes.class, CandidateStates.class, CandidateQueue.class, CandidateDetails.class, Decisions.class, Refusals.class,
			ApprovalRepository.class, DispositionRepository.class, AuditLog.class, ListRepository.class })
	static class Wiring {

	}

}
