package dev.delist.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends to and reads the audit trail. A record joins the caller's transaction, so an action and its event are
 * stored together or not at all.
 */
@Repository
public class AuditLog {

	/** Beyond this a page of recent events is cut, so one request cannot read the whole trail into memory. */
	public static final int MAX_RECENT = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, at, username, action, candidate_id, detail::text AS detail";

	private final JdbcClient jdbc;

	public AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param candidateIdOrNull the candidate the action was on, or null
	 * @param detail serialised as JSON; values must be plain (strings, numbers, booleans, lists, maps)
	 * @return the event as stored, with its id and time
	 */
	public AuditEvent record(String user, String action, String candidateIdOrNull, Map<String, ?> detail) {
		Objects.requireNonNull(user, "user");
		Objects.requireNonNull(action, "action");
		return this.jdbc.sql("INSERT INTO audit_event (username, action, candidate_id, detail)"
				+ " VALUES (?, ?, ?, CAST(? AS jsonb)) RETURNING " + COLUMNS)
			.params(user, action, candidateIdOrNull, JSON.writeValueAsString((detail != null) ? detail : Map.of()))
			.query(AuditLog::event)
			.single();
	}

	/** Every event on the candidate, oldest first. */
	public List<AuditEvent> forCandidate(String candidateId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE candidate_id = ? ORDER BY id")
			.param(candidateId)
			.query(AuditLog::event)
			.list();
	}

	/** The latest events, newest first; at most {@value #MAX_RECENT}. */
	public List<AuditEvent> recent(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_event ORDER BY id DESC LIMIT ?")
			.param(Math.max(0, Math.min(limit, MAX_RECENT)))
			.query(AuditLog::event)
			.list();
	}

	/**
	 * A page of the trail, newest first, for the audit page: one user's events, one action's, or both.
	 *
	 * @param userOrNull a user name as recorded, or null for everyone
	 * @param actionOrNull one of {@link AuditActions#ALL}, or null for every action
	 * @param beforeIdOrNull only events older than this one (the previous page's last), or null from the newest
	 * @param limit at most {@value #MAX_RECENT}
	 */
	public List<AuditEvent> page(String userOrNull, String actionOrNull, Long beforeIdOrNull, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_event WHERE TRUE");
		Map<String, Object> params = new HashMap<>();
		if (userOrNull != null) {
			sql.append(" AND username = :user");
			params.put("user", userOrNull);
		}
		if (actionOrNull != null) {
			sql.append(" AND action = :action");
			params.put("action", actionOrNull);
		}
		if (beforeIdOrNull != null) {
			sql.append(" AND id < :before");
			params.put("before", beforeIdOrNull);
		}
		params.put("limit", Math.max(0, Math.min(limit, MAX_RECENT)));
		return this.jdbc.sql(sql.append(" ORDER BY id DESC LIMIT :limit").toString())
			.params(params)
			.query(AuditLog::event)
			.list();
	}

	private static AuditEvent event(ResultSet rs, int row) throws SQLException {
		return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
				rs.getString("action"), rs.getString("candidate_id"), JSON.readValue(rs.getString("detail"), DETAIL));
	}

}
