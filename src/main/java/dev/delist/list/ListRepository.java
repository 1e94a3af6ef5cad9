package dev.delist.list;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every list version a run used, by content hash, so a restart, a rematch and an auditor read exactly
 * the policy text the run started with, not whatever the files say today.
 */
@Repository
public class ListRepository {

	private final JdbcClient jdbc;

	public ListRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the text of each list version under its SHA-256, once: what a run's plan pins it to. */
	@Transactional
	public void saveVersions(List<LoadedList> lists) {
		for (LoadedList loaded : lists) {
			ProhibitedList list = loaded.list();
			this.jdbc.sql("""
					INSERT INTO list_version (list_id, sha256, version, title, authority, citation, content)
					VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (list_id, sha256) DO NOTHING""")
				.params(list.id(), loaded.sha256(), list.version(), list.title(), list.authority(), list.citation(),
						loaded.content())
				.update();
		}
	}

	/** A saved list version, parsed again from the text the database kept; empty when it was never saved. */
	public Optional<LoadedList> version(String listId, String sha256) {
		return this.jdbc.sql("SELECT content FROM list_version WHERE list_id = ? AND sha256 = ?")
			.params(listId, sha256)
			.query(String.class)
			.optional()
			.map((content) -> parse(listId, sha256, content));
	}

	/**
	 * Records the list versions a run uses, already saved by {@link #saveVersions}, with their status on the run
	 * date; replaces what an earlier attempt of the same run recorded.
	 */
	@Transactional
	public void recordRunLists(long instanceId, List<LoadedList> lists, LocalDate runDate) {
		this.jdbc.sql("DELETE FROM run_list WHERE job_instance_id = ?").param(instanceId).update();
		for (LoadedList loaded : lists) {
			ProhibitedList list = loaded.list();
			this.jdbc.sql("""
					INSERT INTO run_list (job_instance_id, list_id, sha256, version, status, effective_from,
					                      effective_until, in_force, jurisdiction, entries_complete)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?)""")
				.params(instanceId, list.id(), loaded.sha256(), list.version(), list.statusOn(runDate).id(),
						list.effectiveFrom(), list.effectiveUntil(), list.inForceOn(runDate),
						String.join(",", list.jurisdiction()), list.entriesComplete())
				.update();
		}
	}

	/** The lists exactly as the run recorded them. */
	public List<LoadedList> runLists(long instanceId) {
		return this.jdbc.sql("""
				SELECT v.list_id, v.sha256, v.content FROM run_list r
				JOIN list_version v ON v.list_id = r.list_id AND v.sha256 = r.sha256
				WHERE r.job_instance_id = ? ORDER BY v.list_id""")
			.param(instanceId)
			.query((rs, row) -> parse(rs.getString("list_id"), rs.getString("sha256"), rs.getString("content")))
			.list();
	}

	private static LoadedList parse(String listId, String sha256, String content) {
		return ListFiles.loadBytes(Path.of("list-version:" + listId + "@" + sha256.substring(0, 12)),
				content.getBytes(StandardCharsets.UTF_8));
	}

}
