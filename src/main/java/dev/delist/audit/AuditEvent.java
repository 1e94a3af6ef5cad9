package dev.delist.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded action.
 *
 * @param candidateId null for actions on no candidate (a login, a user change)
 * @param detail what the action needs to be understood later (decision, reason, state), never a password
 */
public record AuditEvent(long id, Instant at, String user, String action, String candidateId,
		Map<String, Object> detail) {

}
