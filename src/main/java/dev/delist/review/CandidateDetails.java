package dev.delist.review;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.delist.list.Identifier;
import dev.delist.list.ListEntry;
import dev.delist.list.ListRepository;
import dev.delist.list.LoadedList;
import dev.delist.list.ProhibitedList;
import dev.delist.match.Reason;
import dev.delist.match.Tier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One candidate's page: its row in the latest complete run of its store, or, for a candidate that run no longer
 * has, its row in the latest reported run (shown, never decided on), with the list entry read from the list
 * version that run used.
 */
@Service
public class CandidateDetails {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	/** What the history compares run to run: the fields of the evidence hash, and the tier. */
	private static final String[] HISTORY_FIELDS = { "appId", "bundleId", "title", "developerName", "developerId",
			"legalName", "tier" };

	private final JdbcClient jdbc;

	private final CurrentRuns runs;

	private final ListRepository lists;

	CandidateDetails(JdbcClient jdbc, CurrentRuns runs, ListRepository lists) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.lists = lists;
	}

	/** @return empty when no reported run has a candidate of this id */
	public Optional<CandidateDetail> find(String candidateId) {
		if (!CandidateStates.plausible(candidateId)) {
			return Optional.empty();
		}
		List<CurrentRuns.CurrentRun> current = this.runs.all();
		Optional<Row> found = this.jdbc.sql("""
				SELECT c.*, r.job_execution_id, r.job_name, r.run_date, r.status, %s AS state,
				  (c.job_instance_id, c.store) IN (%s) AS is_current
				FROM candidate c JOIN store_report r ON r.job_instance_id = c.job_instance_id AND r.store = c.store
				WHERE c.candidate_id = :id
				ORDER BY is_current DESC, c.job_instance_id DESC LIMIT 1""".formatted(ReviewSql.state("c"), CurrentRuns.PAIRS))
			.param("id", candidateId)
			.query(CandidateDetails::row)
			.optional();
		return found.map((row) -> detail(row, current));
	}

	private CandidateDetail detail(Row row, List<CurrentRuns.CurrentRun> current) {
		CandidateChange change = null;
		CurrentRuns.CurrentRun run = current.stream()
			.filter((r) -> r.instanceId() == row.instanceId() && r.store().equals(row.listing().store()))
			.findFirst()
			.orElse(null);
		if (row.current() && run != null) {
			change = CandidateChange.valueOf(this.jdbc
				.sql("SELECT " + ReviewSql.change("c", "previous", "job")
						+ " FROM candidate c WHERE c.job_instance_id = :run AND c.candidate_id = :id")
				.params(Map.of("previous", run.previousInstanceId(), "job", run.jobName(), "run", row.instanceId(), "id",
						row.id()))
				.query(String.class)
				.single());
		}
		return new CandidateDetail(row.id(), row.state(), row.current(), change, row.run(), row.listing(), entry(row),
				row.tier(), row.score(), row.takedownCandidate(), row.reasons(), storefronts(row), history(row),
				dispositions(row), approvals(row));
	}

	private CandidateDetail.Entry entry(Row row) {
		EntryRow list = this.jdbc.sql("""
				SELECT rl.sha256, rl.version, rl.status, rl.jurisdiction, v.title, v.authority, v.citation
				FROM run_list rl JOIN list_version v ON v.list_id = rl.list_id AND v.sha256 = rl.sha256
				WHERE rl.job_instance_id = ? AND rl.list_id = ?""")
			.params(row.instanceId(), row.listId())
			.query((rs, n) -> new EntryRow(rs.getString("sha256"), rs.getString("version"), rs.getString("status"),
					strings(rs.getArray("jurisdiction")), rs.getString("title"), rs.getString("authority"),
					rs.getString("citation")))
			.optional()
			.orElse(null);
		ListEntry entry = null;
		List<String> sources = List.of();
		if (list != null) {
			Optional<LoadedList> loaded = this.lists.version(row.listId(), list.sha256());
			if (loaded.isPresent()) {
				ProhibitedList parsed = loaded.get().list();
				sources = parsed.sources();
				entry = parsed.entries().stream().filter((e) -> e.id().equals(row.entryId())).findFirst().orElse(null);
			}
		}
		List<String> jurisdiction = (row.jurisdiction() != null) ? row.jurisdiction()
				: (list != null && list.jurisdiction() != null) ? list.jurisdiction() : List.of();
		return new CandidateDetail.Entry(row.listId(), row.entryId(), row.entryName(),
				(entry != null) ? entry.aliases() : List.of(),
				(entry != null) ? identifiers(entry.identifiers()) : List.of(),
				(entry != null) ? entry.developers()
					.stream()
					.map((d) -> new CandidateDetail.EntryDeveloper(d.name(), d.aliases(), identifiers(d.identifiers())))
					.toList() : List.of(),
				(entry != null) ? entry.note() : null, (list != null) ? list.title() : null,
				(list != null) ? list.version() : null, (list != null) ? list.authority() : null,
				(list != null) ? list.citation() : null, (list != null) ? list.status() : null, jurisdiction, sources,
				row.entryInForce());
	}

	private static List<CandidateDetail.EntryIdentifier> identifiers(List<Identifier> identifiers) {
		return identifiers.stream()
			.map((i) -> new CandidateDetail.EntryIdentifier(i.type().id(), i.value(),
					(i.confidence() != null) ? i.confidence().name().toLowerCase(java.util.Locale.ROOT) : null,
					i.source()))
			.toList();
	}

	private List<CandidateDetail.Storefront> storefronts(Row row) {
		return this.jdbc.sql("""
				SELECT c.candidate_id, c.country, c.tier, %s AS takedown, %s AS state FROM candidate c
				WHERE c.job_instance_id = ? AND c.store = ? AND c.app_id = ? AND c.list_id = ? AND c.entry_id = ?
				ORDER BY c.country""".formatted(ReviewSql.takedown("c"), ReviewSql.state("c")))
			.params(row.instanceId(), row.listing().store(), row.listing().appId(), row.listId(), row.entryId())
			.query((rs, n) -> new CandidateDetail.Storefront(rs.getString("candidate_id"), rs.getString("country").strip(),
					Tier.valueOf(rs.getString("tier")), CandidateState.valueOf(rs.getString("state")),
					rs.getBoolean("takedown")))
			.list();
	}

	/** The candidate's rows in every reported run: the first, and each that changed what a decision rests on. */
	private List<CandidateDetail.HistoryPoint> history(Row row) {
		List<CandidateDetail.HistoryPoint> history = new ArrayList<>();
		String[] previous = null;
		for (Map<String, Object> seen : this.jdbc.sql("""
				SELECT r.job_execution_id, r.run_date, c.fetched_at, c.title, c.developer_name, c.developer_id,
				  c.legal_name, c.bundle_id, c.app_id, c.tier, c.evidence_sha256
				FROM candidate c JOIN store_report r ON r.job_instance_id = c.job_instance_id AND r.store = c.store
				WHERE c.candidate_id = ? AND c.store = ? AND c.job_instance_id <= ?
				ORDER BY c.job_instance_id""")
			.params(row.id(), row.listing().store(), row.instanceId())
			.query()
			.listOfRows()) {
			String[] fields = { text(seen.get("app_id")), text(seen.get("bundle_id")), text(seen.get("title")),
					text(seen.get("developer_name")), text(seen.get("developer_id")), text(seen.get("legal_name")),
					text(seen.get("tier")) };
			List<CandidateDetail.FieldChange> changes = new ArrayList<>();
			if (previous != null) {
				for (int i = 0; i < fields.length; i++) {
					if (!Objects.equals(previous[i], fields[i])) {
						changes.add(new CandidateDetail.FieldChange(HISTORY_FIELDS[i], previous[i], fields[i]));
					}
				}
			}
			if (previous == null || !changes.isEmpty()) {
				history.add(new CandidateDetail.HistoryPoint((previous == null) ? "FIRST_SEEN" : "CHANGED",
						((Number) seen.get("job_execution_id")).longValue(),
						((java.sql.Date) seen.get("run_date")).toLocalDate(),
						((Timestamp) seen.get("fetched_at")).toInstant(), fields[2], fields[3], fields[5],
						Tier.valueOf(fields[6]), changes));
			}
			previous = fields;
		}
		return history;
	}

	private List<CandidateDetail.PastDisposition> dispositions(Row row) {
		return this.jdbc.sql("""
				SELECT id, candidate_id, country, decision, reason, reviewer, approver, imported_at, source, tier,
				  candidate_id = ? AND evidence_sha256 = ? AS for_this_evidence
				FROM disposition WHERE store = ? AND lower(app_id) = lower(?) AND list_id = ? AND entry_id = ?
				ORDER BY id DESC""")
			.params(row.id(), row.listing().evidenceSha256(), row.listing().store(), row.listing().appId(),
					row.listId(), row.entryId())
			.query((rs, n) -> new CandidateDetail.PastDisposition(rs.getLong("id"), rs.getString("candidate_id"),
					rs.getString("country").strip(), Decision.valueOf(rs.getString("decision")), rs.getString("reason"),
					rs.getString("reviewer"), rs.getString("approver"), rs.getTimestamp("imported_at").toInstant(),
					rs.getString("source"), Tier.valueOf(rs.getString("tier")), rs.getBoolean("for_this_evidence")))
			.list();
	}

	private List<CandidateDetail.PastApproval> approvals(Row row) {
		return this.jdbc.sql("""
				SELECT a.id, a.candidate_id, a.country, a.reason, a.requested_by, a.requested_at,
				  coalesce(a.outcome, CASE WHEN EXISTS (SELECT 1 FROM candidate c WHERE c.candidate_id = a.candidate_id
				                                          AND (c.job_instance_id, c.store) IN (%s)
				                                          AND %s = 'AWAITING_APPROVAL') THEN 'WAITING'
				                           ELSE 'LAPSED' END) AS outcome,
				  a.decided_by, a.decided_at, a.decision_reason
				FROM dismissal_approval a
				WHERE a.store = ? AND lower(a.app_id) = lower(?) AND a.list_id = ? AND a.entry_id = ?
				ORDER BY a.id DESC""".formatted(CurrentRuns.PAIRS, ReviewSql.state("c")))
			.params(row.listing().store(), row.listing().appId(), row.listId(), row.entryId())
			.query((rs, n) -> new CandidateDetail.PastApproval(rs.getLong("id"), rs.getString("candidate_id"),
					rs.getString("country").strip(), rs.getString("reason"), rs.getString("requested_by"),
					rs.getTimestamp("requested_at").toInstant(), rs.getString("outcome"), rs.getString("decided_by"),
					(rs.getTimestamp("decided_at") != null) ? rs.getTimestamp("decided_at").toInstant() : null,
					rs.getString("decision_reason")))
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		CandidateDetail.Listing listing = new CandidateDetail.Listing(rs.getString("store"),
				rs.getString("country").strip(), rs.getString("app_id"), rs.getString("bundle_id"), rs.getString("title"),
				rs.getString("developer_name"), rs.getString("developer_id"), rs.getString("legal_name"),
				rs.getString("url"), rs.getTimestamp("fetched_at").toInstant(), rs.getString("evidence_sha256"));
		boolean inForce = rs.getBoolean("entry_in_force");
		boolean takedown = (rs.getObject("takedown_candidate") != null) ? rs.getBoolean("takedown_candidate") : inForce;
		return new Row(rs.getLong("job_instance_id"), rs.getString("candidate_id"),
				new CandidateDetail.Run(rs.getLong("job_execution_id"), rs.getString("job_name"),
						rs.getDate("run_date").toLocalDate(), rs.getString("status")),
				listing, rs.getString("list_id"), rs.getString("entry_id"), rs.getString("entry_name"), inForce,
				strings(rs.getArray("entry_jurisdiction")), Tier.valueOf(rs.getString("tier")),
				rs.getBigDecimal("score").doubleValue(), takedown, JSON.readValue(rs.getString("reasons"), REASONS),
				CandidateState.valueOf(rs.getString("state")), rs.getBoolean("is_current"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : null;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private record Row(long instanceId, String id, CandidateDetail.Run run, CandidateDetail.Listing listing,
			String listId, String entryId, String entryName, boolean entryInForce, List<String> jurisdiction, Tier tier,
			double score, boolean takedownCandidate, List<Reason> reasons, CandidateState state, boolean current) {
	}

	private record EntryRow(String sha256, String version, String status, List<String> jurisdiction, String title,
			String authority, String citation) {
	}

}
