package dev.delist.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.delist.audit.AuditActions;
import dev.delist.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers' notes on a match, for what a decision cannot say yet ("asked legal about the new owner"). A note is
 * kept with the app and list entry, so every storefront of the app shows it, in this run and the next; it changes
 * no candidate's state. Each note is on the audit trail with its text, in the same transaction.
 */
@Service
public class Notes {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	Notes(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** One note, as the candidate's page lists it. */
	public record Note(long id, String candidateId, String country, String user, Instant at, String text) {
	}

	/**
	 * @throws NoSuchCandidate no reported run has a candidate of this id
	 * @throws InvalidDecision no user, a blank text, one over {@value Decisions#MAX_REASON} characters or with a
	 * control character
	 */
	@Transactional
	public Note add(String candidateId, String user, String text) {
		ReviewText.user(user);
		String checked = ReviewText.text("text", text, "required: write the note");
		if (!CandidateStates.plausible(candidateId)) {
			throw new NoSuchCandidate(candidateId);
		}
		// the candidate's newest row: its app and entry, and the storefront the note was written on
		Map<String, Object> app = this.jdbc.sql("""
				SELECT c.store, c.app_id, c.list_id, c.entry_id, c.country FROM candidate c
				WHERE c.candidate_id = :id ORDER BY c.job_instance_id DESC LIMIT 1""")
			.param("id", candidateId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new NoSuchCandidate(candidateId));
		String country = ((String) app.get("country")).strip();
		Note note = this.jdbc.sql("""
				INSERT INTO candidate_note (store, app_id, list_id, entry_id, candidate_id, country, username, text)
				VALUES (:store, :app, :list, :entry, :id, :country, :user, :text)
				RETURNING id, candidate_id, country, username, at, text""")
			.param("store", app.get("store"))
			.param("app", app.get("app_id"))
			.param("list", app.get("list_id"))
			.param("entry", app.get("entry_id"))
			.param("id", candidateId)
			.param("country", country)
			.param("user", user)
			.param("text", checked)
			.query(Notes::note)
			.single();
		this.audit.record(user, AuditActions.NOTE, candidateId, Map.of("noteId", note.id(), "text", checked, "store",
				app.get("store"), "appId", app.get("app_id"), "listId", app.get("list_id"), "entryId",
				app.get("entry_id"), "country", country));
		return note;
	}

	/** Every note on an app and list entry, in any storefront and run, newest first. */
	public List<Note> forApp(String store, String appId, String listId, String entryId) {
		return this.jdbc.sql("""
				SELECT id, candidate_id, country, username, at, text FROM candidate_note
				WHERE store = :store AND lower(app_id) = lower(:app) AND list_id = :list AND entry_id = :entry
				ORDER BY id DESC""")
			.param("store", store)
			.param("app", appId)
			.param("list", listId)
			.param("entry", entryId)
			.query(Notes::note)
			.list();
	}

	/** How many notes each of the queue's groups has; a group without any is left out. */
	Map<QueueQuery.GroupKey, Integer> counts(List<QueueQuery.GroupKey> groups) {
		if (groups.isEmpty()) {
			return Map.of();
		}
		StringBuilder values = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < groups.size(); i++) {
			QueueQuery.GroupKey group = groups.get(i);
			values.append((i > 0) ? ", " : "").append("(:s").append(i).append(", lower(:a").append(i).append("), :l")
				.append(i).append(", :e").append(i).append(", ").append(i).append(")");
			params.put("s" + i, group.store());
			params.put("a" + i, group.appId());
			params.put("l" + i, group.listId());
			params.put("e" + i, group.entryId());
		}
		Map<QueueQuery.GroupKey, Integer> counts = new HashMap<>();
		this.jdbc.sql("SELECT g.i, count(*) AS notes FROM (VALUES " + values + ") g (store, app, list, entry, i)"
				+ " JOIN candidate_note n ON n.store = g.store AND lower(n.app_id) = g.app AND n.list_id = g.list"
				+ " AND n.entry_id = g.entry GROUP BY g.i")
			.params(params)
			.query((rs, row) -> Map.entry(groups.get(rs.getInt("i")), rs.getInt("notes")))
			.list()
			.forEach((count) -> counts.put(count.getKey(), count.getValue()));
		return counts;
	}

	private static Note note(ResultSet rs, int row) throws SQLException {
		return new Note(rs.getLong("id"), rs.getString("candidate_id"), rs.getString("country").strip(),
				rs.getString("username"), rs.getTimestamp("at").toInstant(), rs.getString("text"));
	}

}
