package dev.delist.review;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.delist.audit.AuditActions;
import dev.delist.audit.AuditLog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a refused decision or approval in the audit trail. The refused action's transaction rolls back, so the
 * event is written in a transaction of its own: a second look at a decided candidate, or an approver trying to
 * approve their own dismissal, is on the record though nothing changed.
 */
@Component
class Refusals {

	private final AuditLog audit;

	private final TransactionTemplate separately;

	Refusals(AuditLog audit, PlatformTransactionManager transactions) {
		this.audit = audit;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** @param attempted the action refused: {@link AuditActions#DECISION} or {@link AuditActions#APPROVAL} */
	void record(String user, String attempted, String candidateId, ReviewException refusal) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("attempted", attempted);
		detail.put("refusal", refusal.getMessage());
		if (refusal instanceof AlreadyDecided decided) {
			detail.put("state", decided.state().name());
		}
		this.separately.executeWithoutResult(
				(status) -> this.audit.record(user, AuditActions.REFUSED, candidateId, detail));
	}

}
