package dev.delist.audit;

import java.util.List;

/** The actions the audit trail records; stored as these strings, so never rename one. */
public final class AuditActions {

	public static final String LOGIN = "LOGIN";

	public static final String LOGIN_FAILED = "LOGIN_FAILED";

	public static final String LOGOUT = "LOGOUT";

	public static final String USER_ADDED = "USER_ADDED";

	public static final String USER_DISABLED = "USER_DISABLED";

	/** A reviewer confirmed or dismissed a candidate (a dismissal waiting for approval included). */
	public static final String DECISION = "DECISION";

	/** An approver agreed with a waiting dismissal. */
	public static final String APPROVAL = "APPROVAL";

	/** An approver turned a waiting dismissal down; the candidate is open again. */
	public static final String REJECTION = "REJECTION";

	/**
	 * A decision or approval refused with nothing changed: the candidate was decided meanwhile, or an approver
	 * tried to approve their own dismissal. The detail names the action attempted and the refusal.
	 */
	public static final String REFUSED = "REFUSED";

	/** A reviewer's note on a match; it decides nothing. */
	public static final String NOTE = "NOTE";

	public static final String EXPORT = "EXPORT";

	public static final String RUN_STARTED = "RUN_STARTED";

	/** Every action, in the order the audit page offers them. */
	public static final List<String> ALL = List.of(DECISION, APPROVAL, REJECTION, REFUSED, NOTE, EXPORT, RUN_STARTED,
			LOGIN, LOGIN_FAILED, LOGOUT, USER_ADDED, USER_DISABLED);

	private AuditActions() {
	}

}
