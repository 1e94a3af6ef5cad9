package dev.delist.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.delist.match.Tier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The reviewers' queue: the candidates of the latest complete run of each store, filtered, in a stable order
 * (tier strength, score descending, then candidate id and store) and paged by keyset, so any page costs about
 * what the first does whatever the run's size. {@link #groups} shows one row per app and list entry with its
 * storefronts together (a group sorts where its strongest storefront does); {@link #candidates} one row per
 * candidate, for the JSON API and bulk decisions.
 */
@Service
public class CandidateQueue {

	public static final int DEFAULT_PAGE_SIZE = 50;

	public static final int MAX_PAGE_SIZE = 200;

	private final JdbcClient jdbc;

	private final CurrentRuns runs;

	private final Claims claims;

	private final Notes notes;

	CandidateQueue(JdbcClient jdbc, CurrentRuns runs, Claims claims, Notes notes) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.claims = claims;
		this.notes = notes;
	}

	/**
	 * A page of groups (app and list entry, with every storefront the filter selects).
	 *
	 * @param cursor null or blank for the first page, else a previous page's {@link QueuePage#nextCursor()}
	 * @param pageSize groups per page: at most {@value #MAX_PAGE_SIZE}; 0 or less for {@value #DEFAULT_PAGE_SIZE}
	 * @throws InvalidFilter for a cursor this queue did not hand out
	 */
	public QueuePage<QueueGroup> groups(QueueFilter filter, String cursor, int pageSize) {
		int size = pageSize(pageSize);
		QueueQuery query = query(this.runs.all(), filter);
		QueueCursor after = QueueCursor.decode(cursor);
		if (!query.hasRuns()) {
			return new QueuePage<>(List.of(), null);
		}
		List<Row> leaders = this.jdbc.sql(query.walk(after, true, size + 1)).params(query.params()).query(Row::of).list();
		String next = (leaders.size() > size) ? leaders.get(size - 1).cursor().encode() : null;
		leaders = leaders.subList(0, Math.min(size, leaders.size()));
		if (leaders.isEmpty()) {
			return new QueuePage<>(List.of(), null);
		}
		Map<Integer, List<QueueQuery.GroupKey>> byRun = new TreeMap<>();
		for (Row leader : leaders) {
			byRun.computeIfAbsent(query.runIndex(leader.candidate().store()), (i) -> new ArrayList<>()).add(leader.group());
		}
		Map<QueueQuery.GroupKey, List<QueueCandidate>> members = new LinkedHashMap<>();
		this.jdbc.sql(query.members(byRun))
			.params(query.params())
			.query(Row::of)
			.list()
			.forEach((row) -> members.computeIfAbsent(row.group(), (key) -> new ArrayList<>()).add(row.candidate()));
		Map<QueueQuery.GroupKey, Integer> notes = this.notes.counts(leaders.stream().map(Row::group).toList());
		List<QueueGroup> groups = new ArrayList<>(leaders.size());
		for (Row leader : leaders) {
			QueueCandidate best = leader.candidate();
			// a storefront decided between the two queries is left out; the leader itself always shows
			List<QueueCandidate> storefronts = members.getOrDefault(leader.group(), List.of(best));
			if (storefronts.stream().noneMatch((member) -> member.id().equals(best.id()))) {
				storefronts = new ArrayList<>(storefronts);
				storefronts.add(0, best);
			}
			groups.add(new QueueGroup(best.store(), best.appId(), best.listId(), best.entryId(), best.entryName(),
					best.title(), best.developerName(), best.tier(), best.score(), storefronts,
					notes.getOrDefault(leader.group(), 0)));
		}
		return new QueuePage<>(groups, next);
	}

	/**
	 * A page of single candidates in queue order.
	 *
	 * @param cursor null or blank for the first page, else a previous page's {@link QueuePage#nextCursor()}
	 * @param pageSize candidates per page: at most {@value #MAX_PAGE_SIZE}; 0 or less for {@value #DEFAULT_PAGE_SIZE}
	 * @throws InvalidFilter for a cursor this queue did not hand out
	 */
	public QueuePage<QueueCandidate> candidates(QueueFilter filter, String cursor, int pageSize) {
		int size = pageSize(pageSize);
		QueueCursor after = QueueCursor.decode(cursor);
		QueueQuery query = query(this.runs.all(), filter);
		if (!query.hasRuns()) {
			return new QueuePage<>(List.of(), null);
		}
		List<Row> rows = this.jdbc.sql(query.walk(after, false, size + 1)).params(query.params()).query(Row::of).list();
		String next = (rows.size() > size) ? rows.get(size - 1).cursor().encode() : null;
		return new QueuePage<>(rows.subList(0, Math.min(size, rows.size())).stream().map(Row::candidate).toList(), next);
	}

	/**
	 * The group after a candidate's in the queue under the filter, as its leader (the storefront the queue links
	 * to): where a reviewer goes on to. When the candidate was its group's first and is now decided, the group's
	 * next storefront the filter selects comes first. Empty after the last group, and for a candidate that is not
	 * in a current run the filter covers.
	 */
	public Optional<QueueCandidate> after(QueueFilter filter, String store, String candidateId) {
		return after(filter, store, candidateId, null);
	}

	/**
	 * As {@link #after(QueueFilter, String, String)} for a reviewer: past the open candidates another reviewer has
	 * claimed ({@link Claims}), so two reviewers going on from one candidate are led to different apps.
	 *
	 * @param reviewer the reviewer going on, or null to lead past no claim
	 */
	public Optional<QueueCandidate> after(QueueFilter filter, String store, String candidateId, String reviewer) {
		List<CurrentRuns.CurrentRun> current = this.runs.all();
		QueueQuery start = query(current, filter);
		if (!start.covers(store)) {
			return Optional.empty();
		}
		Optional<QueueCursor> position = this.jdbc.sql(start.groupStart(store, candidateId))
			.params(start.params())
			.query((rs, row) -> new QueueCursor(Tier.valueOf(rs.getString("tier")), rs.getBigDecimal("score"),
					rs.getString("candidate_id"), rs.getString("store")))
			.optional();
		return position.flatMap((cursor) -> {
			QueueQuery walk = pastClaims(query(current, filter), reviewer);
			return this.jdbc.sql(walk.walk(cursor, true, 1)).params(walk.params()).query(Row::of).optional();
		}).map(Row::candidate);
	}

	/**
	 * Where a reviewer starts on a queue: the leader of its first group that no other reviewer has open
	 * ({@link Claims}), so reviewers starting on one queue together begin on different apps.
	 *
	 * @param reviewer the reviewer starting, or null for the queue's first group whoever has it open
	 */
	public Optional<QueueCandidate> first(QueueFilter filter, String reviewer) {
		QueueQuery walk = pastClaims(query(this.runs.all(), filter), reviewer);
		if (!walk.hasRuns()) {
			return Optional.empty();
		}
		return this.jdbc.sql(walk.walk(null, true, 1)).params(walk.params()).query(Row::of).optional().map(Row::candidate);
	}

	/**
	 * How many candidates the filter selects, counted up to {@code cap}: what a reviewer sees above the queue,
	 * and whether one bulk decision may cover them ({@link Decisions#MAX_BULK}).
	 */
	public QueueCount count(QueueFilter filter, int cap) {
		if (cap < 1) {
			throw new IllegalArgumentException("cap " + cap + ": at least 1");
		}
		QueueQuery query = query(this.runs.all(), filter);
		if (!query.hasRuns()) {
			return new QueueCount(0, false);
		}
		// one more than the cap tells "exactly the cap" from "more than it"
		int counted = this.jdbc.sql(query.count(cap + 1)).params(query.params()).query(Integer.class).single();
		return (counted > cap) ? new QueueCount(cap, true) : new QueueCount(counted, false);
	}

	/** The queue's SQL for a filter, listing who has each candidate open while claims are on. */
	private QueueQuery query(List<CurrentRuns.CurrentRun> current, QueueFilter filter) {
		QueueQuery query = new QueueQuery(current, filter);
		return this.claims.enabled() ? query.showingClaims(this.claims.seconds()) : query;
	}

	/** The walk past the open candidates other reviewers have claimed; as it is for no reviewer or no claims. */
	private QueueQuery pastClaims(QueueQuery walk, String reviewer) {
		return (reviewer != null && this.claims.enabled()) ? walk.unclaimedFor(reviewer, this.claims.seconds()) : walk;
	}

	private static int pageSize(int requested) {
		return (requested <= 0) ? DEFAULT_PAGE_SIZE : Math.min(requested, MAX_PAGE_SIZE);
	}

	/** A row of the walk or of a group's members. */
	private record Row(QueueCandidate candidate, QueueCursor cursor, QueueQuery.GroupKey group) {

		static Row of(ResultSet rs, int row) throws SQLException {
			Tier tier = Tier.valueOf(rs.getString("tier"));
			QueueCandidate candidate = new QueueCandidate(rs.getString("candidate_id"), rs.getString("store"),
					rs.getString("country").strip(), rs.getString("app_id"), rs.getString("title"),
					rs.getString("developer_name"), tier, rs.getBigDecimal("score").doubleValue(),
					rs.getBoolean("takedown"), rs.getString("list_id"), rs.getString("entry_id"),
					rs.getString("entry_name"), CandidateState.valueOf(rs.getString("state")),
					CandidateChange.valueOf(rs.getString("change")), rs.getString("url"),
					// a claim counts while the candidate waits for a decision, not after
					"OPEN".equals(rs.getString("state")) ? rs.getString("claimed_by") : null);
			return new Row(candidate,
					new QueueCursor(tier, rs.getBigDecimal("score"), candidate.id(), candidate.store()),
					new QueueQuery.GroupKey(candidate.store(), candidate.appId(), candidate.listId(), candidate.entryId()));
		}

	}

}
