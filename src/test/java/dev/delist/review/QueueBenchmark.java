package dev.delist.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.delist.support.TestDatabase;

/**
 * Times the reviewers' queue over a large current run; see docs/benchmarks.md. A plain main, never run by
 * surefire. Seeds, in SQL, {@code n} candidates in the current runs (nine tenths Apple, one tenth Google Play;
 * apps in five storefronts each; ties in tier and score everywhere), a previous complete run with a tenth of them
 * changed, and decisions on one in twenty, then prints per query the first (cold) call and the median of the
 * warm ones.
 * <p>
 * Arguments: {@code <jdbc-url|embedded> <candidates> [warm runs]}; the database must hold delist's schema and no
 * runs ({@code embedded} makes one).
 */
public final class QueueBenchmark {

	private QueueBenchmark() {
	}

	public static void main(String[] args) {
		String url = args[0].equals("embedded") ? TestDatabase.newDatabase() : args[0];
		// e.g. -Dpg.options=-cplan_cache_mode=force_generic_plan: how the plans PostgreSQL caches after a few
		// executions of the same statement behave
		if (System.getProperty("pg.options") != null) {
			url += (url.contains("?") ? "&" : "?") + "options="
					+ java.net.URLEncoder.encode(System.getProperty("pg.options"), java.nio.charset.StandardCharsets.UTF_8);
		}
		int n = Integer.parseInt(args[1]);
		int warm = (args.length > 2) ? Integer.parseInt(args[2]) : 9;
		try (ReviewDb db = new ReviewDb(url)) {
			long seeding = System.nanoTime();
			seed(db, n);
			System.out.printf("seeded %d candidates in %d ms%n", n, (System.nanoTime() - seeding) / 1_000_000);
			CandidateQueue queue = db.queue();
			String deep = deepCursor(db, n / 2);
			Map<String, Supplier<Integer>> queries = new java.util.LinkedHashMap<>();
			queries.put("groups, first page (open)", () -> queue.groups(QueueFilter.open(), null, 50).items().size());
			queries.put("groups, deep page (open, from the middle)",
					() -> queue.groups(QueueFilter.open(), deep, 50).items().size());
			queries.put("groups, filtered (country=jp, tier=LIKELY, takedown=false)",
					() -> queue.groups(QueueFilter.fromParameters(Map.of("country", "jp", "tier", "LIKELY", "takedown",
							"false")), null, 50).items().size());
			queries.put("groups, filtered (change=CHANGED)",
					() -> queue.groups(QueueFilter.fromParameters(Map.of("change", "CHANGED")), null, 50).items().size());
			queries.put("candidates, first page (open, JSON API)",
					() -> queue.candidates(QueueFilter.open(), null, 50).items().size());
			queries.put("candidates, deep page (open, from the middle)",
					() -> queue.candidates(QueueFilter.open(), deep, 50).items().size());
			// the count the queue page shows above its groups, capped where one bulk decision stops
			queries.put("count, open (capped at 2,000, as the page asks)",
					() -> queue.count(QueueFilter.open(), Decisions.MAX_BULK).counted());
			queries.put("count, country=jp, tier=LIKELY, takedown=false",
					() -> queue.count(QueueFilter.fromParameters(Map.of("country", "jp", "tier", "LIKELY", "takedown",
							"false")), Decisions.MAX_BULK).counted());
			// the app search: a rare text (a dozen apps, so the walk reads the whole run) and a common one
			queries.put("groups, app search, rare (app=app1234)",
					() -> queue.groups(QueueFilter.fromParameters(Map.of("app", "app1234")), null, 50).items().size());
			queries.put("groups, app search, common (app=developer 5)",
					() -> queue.groups(QueueFilter.fromParameters(Map.of("app", "developer 5")), null, 50).items().size());
			queries.put("count, app=app1234",
					() -> queue.count(QueueFilter.fromParameters(Map.of("app", "app1234")), Decisions.MAX_BULK).counted());
			// "Next in queue" on a candidate's page: from the middle of the run, open and filtered
			String[] middle = middle(db, "TRUE", n / 2);
			String[] middleJp = middle(db, "country = 'jp' AND tier = 'LIKELY'", n / 40);
			queries.put("after (next in queue), open, from the middle",
					() -> queue.after(QueueFilter.open(), middle[0], middle[1]).isPresent() ? 1 : 0);
			// a reviewer going on past colleagues' claims (one open candidate in 500 claimed by bob)
			db.jdbc.update("INSERT INTO candidate_claim (candidate_id, username) SELECT candidate_id, 'bob' FROM candidate"
					+ " WHERE job_instance_id = 3 AND abs(hashtext(candidate_id)) % 500 = 0 ON CONFLICT DO NOTHING");
			queries.put("after, open, from the middle, for ann past bob's claims",
					() -> queue.after(QueueFilter.open(), middle[0], middle[1], "ann").isPresent() ? 1 : 0);
			queries.put("after, country=jp, tier=LIKELY, takedown=false, from the middle",
					() -> queue.after(QueueFilter.fromParameters(Map.of("country", "jp", "tier", "LIKELY", "takedown",
							"false")), middleJp[0], middleJp[1]).isPresent() ? 1 : 0);
			// -Dexplain=country=jp,tier=LIKELY: the plans of that filter's groups page
			if (System.getProperty("explain") != null) {
				Map<String, String> parameters = new java.util.HashMap<>();
				for (String pair : System.getProperty("explain").split(",")) {
					if (pair.contains("=")) {
						parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
					}
				}
				explain(db, QueueFilter.fromParameters(parameters));
			}
			System.out.printf("%-60s %6s %10s %12s%n", "query", "rows", "cold (ms)", "warm median");
			queries.forEach((name, query) -> {
				long start = System.nanoTime();
				int rows = query.get();
				double cold = (System.nanoTime() - start) / 1e6;
				List<Double> times = new ArrayList<>();
				for (int i = 0; i < warm; i++) {
					long t = System.nanoTime();
					query.get();
					times.add((System.nanoTime() - t) / 1e6);
				}
				Collections.sort(times);
				System.out.printf("%-60s %6d %10.1f %9.1f ms  (min %.1f, max %.1f)%n", name, rows, cold,
						times.get(times.size() / 2), times.get(0), times.get(times.size() - 1));
			});
		}
	}

	/** The current run (3) and the previous one (2) of Apple and Google Play, and reviewers' decisions. */
	static void seed(ReviewDb db, int n) {
		for (String store : List.of("apple", "google-play")) {
			db.report(2, store, "COMPLETE", "2026-11-28");
			db.report(3, store, "COMPLETE", "2026-11-29");
		}
		int apple = n - n / 10;
		for (long run = 2; run <= 3; run++) {
			insert(db, run, "apple", 1, apple);
			insert(db, run, "google-play", apple + 1, n);
		}
		// the previous run saw a tenth of the listings with other evidence, and a twentieth not at all
		db.jdbc.update("UPDATE candidate SET evidence_sha256 = lpad(to_hex(hashtext(candidate_id)), 64, 'f')"
				+ " WHERE job_instance_id = 2 AND abs(hashtext(candidate_id)) % 10 = 0");
		db.jdbc.update("DELETE FROM candidate WHERE job_instance_id = 2 AND abs(hashtext(candidate_id)) % 20 = 1");
		// one in twenty decided: confirmations and dismissals bound to the current evidence, a few waiting
		db.jdbc.update("""
				INSERT INTO disposition (candidate_id, store, country, app_id, list_id, entry_id, decision, reason, reviewer,
				  evidence_sha256, tier, reason_codes, job_instance_id, source, imported_at)
				SELECT candidate_id, store, country, app_id, list_id, entry_id,
				  CASE WHEN abs(hashtext(candidate_id)) % 40 = 2 THEN 'CONFIRMED' ELSE 'DISMISSED' END, 'benchmark',
				  'ann', evidence_sha256, tier, '["STORE_ID", "DEVELOPER_NAME"]', job_instance_id, 'web', now()
				FROM candidate WHERE job_instance_id = 3 AND abs(hashtext(candidate_id)) % 20 = 2""");
		db.jdbc.update("""
				INSERT INTO dismissal_approval (candidate_id, job_instance_id, store, country, app_id, list_id, entry_id,
				  evidence_sha256, tier, reason, requested_by)
				SELECT candidate_id, job_instance_id, store, country, app_id, list_id, entry_id, evidence_sha256, tier,
				  'benchmark', 'ann'
				FROM candidate WHERE job_instance_id = 3 AND tier = 'CONFIRMED' AND abs(hashtext(candidate_id)) % 50 = 3""");
		db.jdbc.execute("ANALYZE");
	}

	/** Candidates {@code from..to} of a store: apps in five storefronts, a tier and a score per app. */
	private static void insert(ReviewDb db, long run, String store, int from, int to) {
		db.jdbc.update("""
				INSERT INTO candidate (job_instance_id, candidate_id, store, country, app_id, bundle_id, title,
				  developer_name, developer_id, legal_name, url, fetched_at, snapshot_sha256, list_id, entry_id,
				  entry_name, entry_in_force, tier, score, reasons, evidence_sha256, level, entry_jurisdiction,
				  takedown_candidate)
				SELECT ?, substr(md5(? || g), 1, 20), ?, c.country, 'app' || (g / 5), 'com.example.app' || (g / 5),
				  'Synthetic App ' || (g / 5), 'Developer ' || (g / 5 % 997), (900000 + g / 5 % 997)::text,
				  'Developer ' || (g / 5 % 997) || ' Ltd', 'https://apps.example/' || c.country || '/app' || (g / 5),
				  timestamptz '2026-11-29 02:00:00Z', repeat('a', 64), 'test-apps', 'entry-' || (g / 5 % 8),
				  'Listed App ' || (g / 5 % 8), true, t.tier, 0.5 + (g / 5 % 500) / 1000.0,
				  jsonb_build_array(
				    jsonb_build_object('code', 'STORE_ID', 'field', 'appId', 'listingValue', 'app' || (g / 5),
				      'listValue', 'app' || (g / 5), 'score', 1.0, 'explanation', 'same id'),
				    jsonb_build_object('code', 'DEVELOPER_NAME', 'field', 'developerName',
				      'listingValue', 'Developer ' || (g / 5 % 997), 'listValue', 'Developer', 'score', 0.4,
				      'explanation', 'similar developer name')),
				  lpad(to_hex(g), 64, '0'), 'APP', ARRAY['us', 'gb'],
				  t.tier <> 'POSSIBLE' AND c.country IN ('us', 'gb')
				FROM generate_series(?, ?) g
				CROSS JOIN LATERAL (SELECT (ARRAY['us', 'gb', 'de', 'jp', 'in'])[1 + g % 5] AS country) c
				CROSS JOIN LATERAL (SELECT CASE WHEN g / 5 % 10 = 0 THEN 'CONFIRMED' WHEN g / 5 % 10 < 4 THEN 'LIKELY'
				                                ELSE 'POSSIBLE' END AS tier) t""", run, store, store, from, to);
	}

	/** Prints PostgreSQL's plans of a groups page's two queries (walk, storefronts): where the time goes. */
	private static void explain(ReviewDb db, QueueFilter filter) {
		org.springframework.jdbc.core.simple.JdbcClient jdbc = org.springframework.jdbc.core.simple.JdbcClient
			.create(db.dataSource);
		QueueQuery query = new QueueQuery(new CurrentRuns(jdbc).all(), filter);
		String walk = query.walk(null, true, 51);
		System.out.println("walk, " + filter);
		jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + walk).params(query.params()).query(String.class).list()
			.forEach(System.out::println);
		Map<Integer, List<QueueQuery.GroupKey>> groups = new java.util.TreeMap<>();
		jdbc.sql(walk).params(query.params()).query().listOfRows().forEach((row) -> groups
			.computeIfAbsent(query.runIndex((String) row.get("store")), (i) -> new ArrayList<>())
			.add(new QueueQuery.GroupKey((String) row.get("store"), (String) row.get("app_id"),
					(String) row.get("list_id"), (String) row.get("entry_id"))));
		System.out.println("storefronts, " + filter);
		jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + query.members(groups)).params(query.params()).query(String.class).list()
			.forEach(System.out::println);
	}

	/** A cursor at the open candidate of rank {@code rank} in queue order, as a page there would hand out. */
	/** The store and id of the candidate at a rank of the current run's queue order among those a condition keeps. */
	private static String[] middle(ReviewDb db, String condition, int rank) {
		return db.jdbc.queryForObject("SELECT store, candidate_id FROM candidate WHERE job_instance_id = 3 AND " + condition
				+ " ORDER BY tier, -score, candidate_id OFFSET ? LIMIT 1",
				(rs, row) -> new String[] { rs.getString("store"), rs.getString("candidate_id") }, rank);
	}

	private static String deepCursor(ReviewDb db, int rank) {
		return db.jdbc.queryForObject("""
				SELECT tier, score, candidate_id, store FROM candidate WHERE job_instance_id = 3
				ORDER BY tier, -score, candidate_id OFFSET ? LIMIT 1""",
				(rs, row) -> new QueueCursor(dev.delist.match.Tier.valueOf(rs.getString("tier")), rs.getBigDecimal("score"),
						rs.getString("candidate_id"), rs.getString("store"))
					.encode(),
				rank);
	}

}
