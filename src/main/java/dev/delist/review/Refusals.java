package dev.delist.review;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.delist.audit.AuditActions;
import dev.delist.audit.AuditLog;

import org.springframework.stereotype.Component;

/**
 * Records a refused decision or approval in the audit trail, after the refused action's transaction rolled back
 * (so on its own, auto-committed): a second look at a decided candidate, or an approver trying to approve their
 * own dismissal, is on the record though nothing changed.
 */
@Component
class Refusals {

	private final AuditLog audit;

	Refusals(AuditLog audit) {
		this.audit = audit;
	}

	/** @param attempted the action refused: {@link AuditActions#DECISION} or {@link AuditActions#APPROVAL} */
	void record(String user, String attempted, String candidateId, ReviewException refusal) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("attempted", attempted);
		detail.put("refusal", refusal.getMessage());
		if (refusal instanceof AlreadyDecided decided) {
			detail.put("state", decided.state().name());
		}
		this.audit.record(user, AuditActions.REFUSED, candidateId, detail);
	}

}
