package dev.delist.discover;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.delist.store.LookupKey;
import dev.delist.store.Store;
import dev.delist.store.TargetResult;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The targets of a run and what became of each; the fetch step's process indicator. */
@Repository
public class TargetRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	public TargetRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Inserts the plan; targets already recorded for the run (a repeated discovery) are kept as they are. */
	public void insert(long instanceId, List<FetchTarget> targets) {
		this.template.batchUpdate("""
				INSERT INTO fetch_target (job_instance_id, store, country, kind, value, batch_no, canary)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", targets, 1000, (ps, target) -> {
			ps.setLong(1, instanceId);
			ps.setString(2, target.store().id());
			ps.setString(3, target.country());
			ps.setString(4, target.key().name());
			ps.setString(5, target.value());
			ps.setInt(6, target.batchNo());
			ps.setBoolean(7, target.canary());
		});
	}

	/**
	 * Developer ids of the confirmed matches of the job's latest earlier run with a report for the store: a
	 * prohibited app's publisher is followed on the next discovery even when the lists do not name it.
	 * <p>
	 * A store without developer catalogs ({@link Store#developerCatalogs()}, the Galaxy Store) cannot follow an
	 * id, so for it this answers the packages that run's other Android stores attribute to those developers: the
	 * matched sellers' packages lead to the other store's developer of the same package, or the same legal trade
	 * name does, and every package that store lists under that developer is looked up in this one.
	 */
	public Set<String> learnedDeveloperIds(String jobName, Store store, long instanceId) {
		if (!store.developerCatalogs()) {
			return learnedPackages(jobName, store, instanceId);
		}
		return new LinkedHashSet<>(this.jdbc.sql("""
				SELECT DISTINCT c.developer_id FROM candidate c
				WHERE c.store = ? AND c.tier = 'CONFIRMED' AND c.developer_id IS NOT NULL
				  AND c.job_instance_id = (SELECT max(r.job_instance_id) FROM store_report r
				                           WHERE r.job_name = ? AND r.store = ? AND r.job_instance_id < ?)
				ORDER BY c.developer_id""")
			.params(store.id(), jobName, store.id(), instanceId)
			.query(String.class)
			.list());
	}

	private Set<String> learnedPackages(String jobName, Store store, long instanceId) {
		List<String> others = Arrays.stream(Store.values())
			.filter((other) -> other != store && other.androidPackages())
			.map(Store::id)
			.toList();
		if (others.isEmpty()) {
			return Set.of();
		}
		return new LinkedHashSet<>(this.jdbc.sql("""
				WITH run AS (
				  SELECT max(r.job_instance_id) AS id FROM store_report r
				  WHERE r.job_name = :job AND r.store = :store AND r.job_instance_id < :instance),
				sellers AS (
				  SELECT DISTINCT c.developer_id FROM candidate c JOIN run ON c.job_instance_id = run.id
				  WHERE c.store = :store AND c.tier = 'CONFIRMED' AND c.developer_id IS NOT NULL),
				seller_apps AS (
				  SELECT s.app_id, s.legal_name FROM listing_snapshot s JOIN run ON s.job_instance_id = run.id
				  WHERE s.store = :store AND s.developer_id IN (SELECT developer_id FROM sellers)),
				developers AS (
				  SELECT DISTINCT s.store, s.developer_id FROM listing_snapshot s JOIN run ON s.job_instance_id = run.id
				  WHERE s.store IN (:others) AND s.developer_id IS NOT NULL
				    AND (s.app_id IN (SELECT app_id FROM seller_apps)
				         OR lower(s.legal_name) IN (SELECT lower(legal_name) FROM seller_apps WHERE legal_name IS NOT NULL)))
				SELECT DISTINCT s.app_id FROM listing_snapshot s
				JOIN run ON s.job_instance_id = run.id
				JOIN developers d ON d.store = s.store AND d.developer_id = s.developer_id
				ORDER BY s.app_id""")
			.param("job", jobName)
			.param("store", store.id())
			.param("instance", instanceId)
			.param("others", others)
			.query(String.class)
			.list());
	}

	/** Copies a run's targets with their outcomes into another run: a rematch sees what the source run saw. */
	public int copyRun(long fromInstanceId, long toInstanceId) {
		return this.jdbc.sql("""
				INSERT INTO fetch_target (job_instance_id, store, country, kind, value, batch_no, outcome, url, detail,
				                          finished_at, canary)
				SELECT :to, store, country, kind, value, batch_no, outcome, url, detail, finished_at, canary
				FROM fetch_target WHERE job_instance_id = :from ORDER BY id
				ON CONFLICT DO NOTHING""")
			.param("from", fromInstanceId)
			.param("to", toInstanceId)
			.update();
	}

	public long pendingCount(long instanceId) {
		return this.jdbc.sql("SELECT count(*) FROM fetch_target WHERE job_instance_id = ? AND outcome IS NULL")
			.param(instanceId)
			.query(Long.class)
			.single();
	}

	/** The batches of one store and country that still have unanswered targets. */
	public List<Integer> pendingBatches(long instanceId, Store store, String country) {
		return this.jdbc.sql("""
				SELECT DISTINCT batch_no FROM fetch_target
				WHERE job_instance_id = ? AND store = ? AND country = ? AND outcome IS NULL ORDER BY batch_no""")
			.params(instanceId, store.id(), country)
			.query(Integer.class)
			.list();
	}

	/** Every store and country the run has targets in, in a stable order. */
	public List<StoreCountry> storeCountries(long instanceId) {
		return this.jdbc.sql("""
				SELECT DISTINCT store, country FROM fetch_target WHERE job_instance_id = ? ORDER BY store, country""")
			.param(instanceId)
			.query((rs, row) -> new StoreCountry(Store.fromId(rs.getString("store")), rs.getString("country")))
			.list();
	}

	public record StoreCountry(Store store, String country) {
	}

	public FetchBatch pendingBatch(long instanceId, int batchNo) {
		List<Row> rows = this.jdbc.sql("""
				SELECT store, country, kind, value, canary FROM fetch_target
				WHERE job_instance_id = ? AND batch_no = ? AND outcome IS NULL ORDER BY id""")
			.params(instanceId, batchNo)
			.query(Row.class)
			.list();
		if (rows.isEmpty()) {
			return null;
		}
		Row first = rows.get(0);
		return new FetchBatch(batchNo, Store.fromId(first.store()), first.country(), LookupKey.valueOf(first.kind()),
				rows.stream().map(Row::value).toList(), rows.stream().anyMatch(Row::canary));
	}

	public void recordResults(long instanceId, FetchBatch batch, List<TargetResult> results, Instant at) {
		this.template.batchUpdate("""
				UPDATE fetch_target SET outcome = ?, url = ?, detail = ?, finished_at = ?
				WHERE job_instance_id = ? AND store = ? AND country = ? AND kind = ? AND value = ?""", results, 1000,
				(ps, result) -> {
					ps.setString(1, result.outcome().name());
					ps.setString(2, result.url());
					ps.setString(3, result.detail());
					ps.setTimestamp(4, Timestamp.from(at));
					ps.setLong(5, instanceId);
					ps.setString(6, batch.store().id());
					ps.setString(7, batch.country());
					ps.setString(8, batch.key().name());
					ps.setString(9, result.value());
				});
	}

	private record Row(String store, String country, String kind, String value, boolean canary) {
	}

}
