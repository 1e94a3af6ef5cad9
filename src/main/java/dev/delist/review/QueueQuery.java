package dev.delist.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queue's SQL for one filter, with its named parameters. Each current run is walked on its own along the
 * index {@code candidate_queue_order} (V19) from the cursor on, so a page costs the rows it shows, not the run's
 * size; the runs' pages are merged by PostgreSQL (UNION ALL, the same sort key), so every comparison of ids is
 * the database's collation and a cursor means the same to each page.
 */
final class QueueQuery {

	/** A row's sort key: tier (alphabetical order is strength order), score descending, id; then store. */
	private static final String ORDER = "c.tier, -c.score, c.candidate_id";

	static final String COLUMNS = """
			c.job_instance_id, c.store, c.candidate_id, c.country, c.app_id, c.title, c.developer_name, c.url,
			c.list_id, c.entry_id, c.entry_name, c.tier, c.score, -c.score AS neg_score""";

	/** The parameter holding how long a claim runs, in seconds ({@link Claims}). */
	private static final String CLAIM_SECONDS = "claimSeconds";

	private final List<CurrentRuns.CurrentRun> runs;

	private final QueueFilter filter;

	private final Map<String, Object> params = new HashMap<>();

	/** The reviewer whose own claims do not count, once {@link #unclaimedFor} was called. */
	private String claimsOf;

	QueueQuery(List<CurrentRuns.CurrentRun> runs, QueueFilter filter) {
		this.runs = runs.stream().filter((run) -> filter.store() == null || filter.store().equals(run.store())).toList();
		this.filter = filter;
		for (int i = 0; i < this.runs.size(); i++) {
			CurrentRuns.CurrentRun run = this.runs.get(i);
			this.params.put("run" + i, run.instanceId());
			this.params.put("store" + i, run.store());
			this.params.put("previous" + i, run.previousInstanceId());
			this.params.put("job" + i, run.jobName());
		}
		put("tier", (filter.tier() != null) ? filter.tier().name() : null);
		put("listId", filter.listId());
		put("country", filter.country());
		put("takedown", filter.takedown());
		if (filter.app() != null) {
			this.params.put("appLike", "%" + literal(filter.app()) + "%");
		}
		if (filter.state() != null) {
			this.params.put("otherStates", others(CandidateState.values(), filter.state()));
		}
		if (filter.change() != null) {
			this.params.put("otherChanges", others(CandidateChange.values(), filter.change()));
		}
	}

	/**
	 * Leaves out of {@link #walk} the open candidates another reviewer has claimed within the last {@code seconds}
	 * ({@link Claims}); a claimed group's leader takes its whole group out, since someone is reading that app.
	 */
	QueueQuery unclaimedFor(String user, double seconds) {
		this.claimsOf = user;
		this.params.put("claimUser", user);
		this.params.put(CLAIM_SECONDS, seconds);
		return this;
	}

	boolean hasRuns() {
		return !this.runs.isEmpty();
	}

	Map<String, Object> params() {
		return this.params;
	}

	/**
	 * Up to {@code limit} candidates after the cursor, in queue order, with their state and change.
	 *
	 * @param leadersOnly only each group's first candidate under the filter: the groups of a page, in order
	 */
	String walk(QueueCursor after, boolean leadersOnly, int limit) {
		this.params.put("limit", limit);
		if (after != null) {
			this.params.put("afterTier", after.tier().name());
			this.params.put("afterScore", after.negatedScore());
			this.params.put("afterId", after.candidateId());
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < this.runs.size(); i++) {
			StringBuilder sql = new StringBuilder("(SELECT ").append(COLUMNS).append(", ")
				.append(outputs("c", i))
				.append(" FROM candidate c WHERE c.job_instance_id = :run").append(i)
				.append(" AND c.store = :store").append(i)
				.append(conditions("c", i));
			if (after != null) {
				// a later store's row with the cursor's very key comes after it (ties across stores: see ORDER)
				String comparison = (this.runs.get(i).store().compareTo(after.store()) > 0) ? ">=" : ">";
				sql.append(" AND (").append(ORDER).append(") ").append(comparison)
					.append(" (:afterTier, CAST(:afterScore AS numeric), :afterId)");
			}
			if (leadersOnly) {
				// no row of the group before this one passes the filter. Wrapped in a scalar SELECT: PostgreSQL keeps it
				// a probe of the group index per row, and guesses it keeps half of them; as a plain NOT EXISTS it became
				// an anti-join, or with an equality a 0.5 % guess, and either way it sorted a whole storefront per page
				sql.append(" AND (SELECT NOT EXISTS (SELECT 1 FROM candidate b")
					.append(" WHERE b.job_instance_id = c.job_instance_id AND b.store = c.store AND b.app_id = c.app_id")
					.append(" AND b.list_id = c.list_id AND b.entry_id = c.entry_id")
					.append(" AND (b.tier, -b.score, b.candidate_id) < (c.tier, -c.score, c.candidate_id)")
					.append(conditions("b", i))
					.append("))");
			}
			if (this.claimsOf != null) {
				sql.append(" AND NOT (").append(ReviewSql.state("c")).append(" = 'OPEN' AND EXISTS (SELECT 1")
					.append(runningClaim("c")).append(" AND k.username <> :claimUser))");
			}
			sql.append(" ORDER BY ").append(ORDER).append(" LIMIT :limit)");
			parts.add(sql.toString());
		}
		return "SELECT * FROM (" + String.join(" UNION ALL ", parts)
				+ ") w ORDER BY w.tier, w.neg_score, w.candidate_id, w.store COLLATE \"C\" LIMIT :limit";
	}

	/**
	 * Where a candidate's group stands in the queue: the first of its rows in queue order that the filter selects,
	 * or the candidate itself when it comes first (a decided one no longer selected by {@code state=open}). Empty
	 * when the candidate is not one of the current run of a store this query covers.
	 */
	String groupStart(String store, String candidateId) {
		int run = runIndex(store);
		this.params.put("startId", candidateId);
		return "SELECT c.tier, c.score, c.candidate_id, c.store FROM candidate c JOIN candidate me"
				+ " ON me.job_instance_id = c.job_instance_id AND me.store = c.store AND me.app_id = c.app_id"
				+ " AND me.list_id = c.list_id AND me.entry_id = c.entry_id"
				+ " WHERE me.job_instance_id = :run" + run + " AND me.store = :store" + run + " AND me.candidate_id = :startId"
				+ " AND (c.candidate_id = :startId OR (TRUE" + conditions("c", run) + "))"
				+ " ORDER BY " + ORDER + " LIMIT 1";
	}

	/** Whether this query covers a store's current run (a store filter leaves the others out). */
	boolean covers(String store) {
		return this.runs.stream().anyMatch((run) -> run.store().equals(store));
	}

	/** Counts the candidates the filter selects, each run's up to {@code cap}, and all of them up to it too. */
	String count(int cap) {
		this.params.put("cap", cap);
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < this.runs.size(); i++) {
			parts.add("(SELECT 1 FROM candidate c WHERE c.job_instance_id = :run" + i + " AND c.store = :store" + i
					+ conditions("c", i) + " LIMIT :cap)");
		}
		return "SELECT count(*) FROM (SELECT 1 FROM (" + String.join(" UNION ALL ", parts) + ") u LIMIT :cap) w";
	}

	/** Every candidate the filter selects in the given groups of each run, strongest first within a group. */
	String members(Map<Integer, List<GroupKey>> groupsByRun) {
		List<String> parts = new ArrayList<>();
		groupsByRun.forEach((i, groups) -> {
			StringBuilder values = new StringBuilder();
			for (int k = 0; k < groups.size(); k++) {
				GroupKey key = groups.get(k);
				String p = "g" + i + "_" + k;
				this.params.put(p + "a", key.appId());
				this.params.put(p + "l", key.listId());
				this.params.put(p + "e", key.entryId());
				values.append((k > 0) ? ", " : "").append("(:").append(p).append("a, :").append(p).append("l, :")
					.append(p).append("e)");
			}
			parts.add("(SELECT " + COLUMNS + ", " + outputs("c", i) + " FROM candidate c WHERE c.job_instance_id = :run"
					+ i + " AND c.store = :store" + i + " AND (c.app_id, c.list_id, c.entry_id) IN (VALUES " + values
					+ ")" + conditions("c", i) + ")");
		});
		return "SELECT * FROM (" + String.join(" UNION ALL ", parts)
				+ ") w ORDER BY w.store, w.app_id, w.list_id, w.entry_id, w.tier, w.neg_score, w.country";
	}

	/** The run index of a store in this query, for {@link #members}. */
	int runIndex(String store) {
		for (int i = 0; i < this.runs.size(); i++) {
			if (this.runs.get(i).store().equals(store)) {
				return i;
			}
		}
		throw new IllegalArgumentException(store);
	}

	private String outputs(String alias, int run) {
		return ReviewSql.takedown(alias) + " AS takedown, " + ReviewSql.state(alias) + " AS state, "
				+ ReviewSql.change(alias, "previous" + run, "job" + run) + " AS change, " + claimedBy(alias);
	}

	/** Who has the candidate open, while their claim runs ({@link #showingClaims}); NULL when claims are off. */
	private String claimedBy(String alias) {
		if (!this.params.containsKey(CLAIM_SECONDS)) {
			return "CAST(NULL AS text) AS claimed_by";
		}
		return "(SELECT k.username" + runningClaim(alias) + ") AS claimed_by";
	}

	/** The claim {@code k} on the row {@code alias} that has not lapsed. */
	private static String runningClaim(String alias) {
		return " FROM candidate_claim k WHERE k.candidate_id = " + alias + ".candidate_id"
				+ " AND k.claimed_at > now() - make_interval(secs => :" + CLAIM_SECONDS + ")";
	}

	/** Lists with each candidate who has it open ({@link Claims}): claims run for {@code seconds}. */
	QueueQuery showingClaims(double seconds) {
		this.params.put(CLAIM_SECONDS, seconds);
		return this;
	}

	private String conditions(String alias, int run) {
		StringBuilder sql = new StringBuilder();
		if (this.filter.tier() != null) {
			sql.append(" AND ").append(alias).append(".tier = :tier");
		}
		if (this.filter.listId() != null) {
			sql.append(" AND ").append(alias).append(".list_id = :listId");
		}
		if (this.filter.country() != null) {
			sql.append(" AND ").append(alias).append(".country = :country");
		}
		if (this.filter.takedown() != null) {
			sql.append(" AND ").append(ReviewSql.takedown(alias)).append(" = :takedown");
		}
		if (this.filter.app() != null) {
			sql.append(" AND (").append(alias).append(".app_id ILIKE :appLike OR ").append(alias)
				.append(".bundle_id ILIKE :appLike OR ").append(alias).append(".title ILIKE :appLike OR ").append(alias)
				.append(".developer_name ILIKE :appLike)");
		}
		// "not any other value" rather than "= value": the same rows (neither is ever null), but PostgreSQL has no
		// statistics for these expressions and guesses an equality keeps 0.5 % of the rows; that guess made it sort
		// every candidate of a storefront instead of walking the queue's index until the page is full
		if (this.filter.state() != null) {
			sql.append(" AND (").append(ReviewSql.state(alias)).append(") <> ALL (:otherStates)");
		}
		if (this.filter.change() != null) {
			sql.append(" AND (").append(ReviewSql.change(alias, "previous" + run, "job" + run))
				.append(") <> ALL (:otherChanges)");
		}
		return sql.toString();
	}

	/** The text as a LIKE pattern of itself: PostgreSQL's default escape character is the backslash. */
	private static String literal(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String[] others(Enum<?>[] values, Enum<?> value) {
		return java.util.Arrays.stream(values).filter((v) -> v != value).map(Enum::name).toArray(String[]::new);
	}

	private void put(String name, Object value) {
		if (value != null) {
			this.params.put(name, value);
		}
	}

	record GroupKey(String store, String appId, String listId, String entryId) {
	}

}
