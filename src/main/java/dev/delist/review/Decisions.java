package dev.delist.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.delist.audit.AuditActions;
import dev.delist.audit.AuditLog;
import dev.delist.match.Tier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reviewers' decisions from the workbench, with four eyes on the riskiest one: a dismissal of a CONFIRMED-tier
 * candidate (identifier evidence) waits for an approver who is not the reviewer who made it. Every other decision,
 * and an approved dismissal, is a disposition like those {@code review import} writes, bound to the candidate's
 * evidence hash: the next run's report hides a dismissed match until its listing changes. Each action and its
 * audit event are one transaction: both are stored or neither. A refused decision or approval is audited too.
 */
@Service
public class Decisions {

	/** Longest reason accepted, in characters. */
	public static final int MAX_REASON = 2000;

	/** Most candidates one bulk decision may cover; a wider filter is refused, so nobody decides blind. */
	public static final int MAX_BULK = 2000;

	/** The disposition source of workbench decisions ({@code review import} records FILE:LINE). */
	public static final String SOURCE = "web";

	private final CandidateStates states;

	private final CandidateQueue queue;

	private final DispositionRepository dispositions;

	private final ApprovalRepository approvals;

	private final AuditLog audit;

	private final Refusals refusals;

	private final Clock clock;

	/** Each action's work and its audit event in one transaction; a refusal is recorded after it rolled back. */
	private final TransactionTemplate transactions;

	Decisions(CandidateStates states, CandidateQueue queue, DispositionRepository dispositions,
			ApprovalRepository approvals, AuditLog audit, Refusals refusals, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.states = states;
		this.queue = queue;
		this.dispositions = dispositions;
		this.approvals = approvals;
		this.audit = audit;
		this.refusals = refusals;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * A reviewer's decision on an OPEN candidate.
	 *
	 * @return the candidate's new state: CONFIRMED, DISMISSED, or AWAITING_APPROVAL for a CONFIRMED-tier dismissal
	 * @throws InvalidDecision no decision, no user, a blank reason or one over {@value #MAX_REASON} characters
	 * @throws NoSuchCandidate no current run has the candidate
	 * @throws AlreadyDecided the candidate is not OPEN; carries its state
	 */
	public CandidateState decide(String candidateId, String user, Decision decision, String reason) {
		String checkedReason = checked(user, reason);
		if (decision == null) {
			throw new InvalidDecision("decision", "required: CONFIRMED or DISMISSED");
		}
		String name = user.strip();
		try {
			return this.transactions
				.execute((status) -> decideChecked(candidateId, name, decision, checkedReason, false));
		}
		catch (AlreadyDecided ex) {
			throw refused(name, AuditActions.DECISION, candidateId, ex);
		}
	}

	/**
	 * An approver's answer to a waiting dismissal: approved, the dismissal becomes a disposition in the dismissing
	 * reviewer's name with the approver recorded; rejected, the candidate is OPEN again.
	 *
	 * @return DISMISSED or OPEN
	 * @throws InvalidDecision no approver, a blank reason or one over {@value #MAX_REASON} characters
	 * @throws NoSuchCandidate no current run has the candidate
	 * @throws AlreadyDecided the candidate is not AWAITING_APPROVAL; carries its state
	 * @throws SelfApproval the approver is the reviewer who dismissed it
	 */
	public CandidateState approve(String candidateId, String approver, boolean approve, String reason) {
		String checkedReason = checked(approver, reason);
		String user = approver.strip();
		try {
			return this.transactions.execute((status) -> approveChecked(candidateId, user, approve, checkedReason));
		}
		catch (AlreadyDecided | SelfApproval ex) {
			throw refused(user, AuditActions.APPROVAL, candidateId, ex);
		}
	}

	private CandidateState approveChecked(String candidateId, String user, boolean approve, String checkedReason) {
		CandidateStates.CurrentCandidate candidate = lockedCurrent(candidateId);
		if (candidate.state() != CandidateState.AWAITING_APPROVAL) {
			throw new AlreadyDecided(candidateId, candidate.state(), CandidateState.AWAITING_APPROVAL);
		}
		ApprovalRepository.Waiting waiting = this.approvals.waiting(candidateId, candidate.evidenceSha256())
			.orElseThrow(() -> new IllegalStateException("no waiting dismissal for " + candidateId));
		if (sameUser(waiting.requestedBy(), user)) {
			throw new SelfApproval(candidateId, user);
		}
		Instant now = this.clock.instant();
		Map<String, Object> detail = detail(candidate);
		detail.put("approve", approve);
		detail.put("reason", checkedReason);
		detail.put("approvalId", waiting.id());
		detail.put("dismissedBy", waiting.requestedBy());
		detail.put("dismissalReason", waiting.reason());
		CandidateState state;
		if (approve) {
			long disposition = this.dispositions.recordOn(candidate.instanceId(), candidateId, Decision.DISMISSED,
					waiting.reason(), waiting.requestedBy(), user, SOURCE, now);
			this.approvals.close(waiting.id(), "APPROVED", user, checkedReason, disposition, now);
			detail.put("dispositionId", disposition);
			state = CandidateState.DISMISSED;
		}
		else {
			this.approvals.close(waiting.id(), "REJECTED", user, checkedReason, null, now);
			state = CandidateState.OPEN;
		}
		detail.put("state", state.name());
		this.audit.record(user, approve ? AuditActions.APPROVAL : AuditActions.REJECTION, candidateId, detail);
		return state;
	}

	/**
	 * The same decision on every candidate the filter selects, under the same rules one by one; a candidate that
	 * is no longer OPEN when its turn comes is skipped. All of it is one transaction.
	 *
	 * @throws InvalidDecision as {@link #decide}, or when the filter selects more than {@value #MAX_BULK}
	 */
	public BulkResult decideAll(QueueFilter filter, String user, Decision decision, String reason) {
		String checkedReason = checked(user, reason);
		if (decision == null) {
			throw new InvalidDecision("decision", "required: CONFIRMED or DISMISSED");
		}
		return this.transactions
			.execute((status) -> decideAllChecked(filter, user.strip(), decision, checkedReason));
	}

	private BulkResult decideAllChecked(QueueFilter filter, String user, Decision decision, String checkedReason) {
		List<String> ids = new ArrayList<>();
		String after = null;
		do {
			QueuePage<QueueCandidate> page = this.queue.candidates(filter, after, CandidateQueue.MAX_PAGE_SIZE);
			page.items().forEach((candidate) -> ids.add(candidate.id()));
			if (ids.size() > MAX_BULK) {
				throw new InvalidDecision("filter", "selects more than " + MAX_BULK
						+ " candidates; narrow it (app, store, list, tier, country) and decide in parts");
			}
			after = page.nextCursor();
		}
		while (after != null);
		int confirmed = 0;
		int dismissed = 0;
		int waiting = 0;
		int skipped = 0;
		for (String id : ids) {
			try {
				switch (decideChecked(id, user, decision, checkedReason, true)) {
					case CONFIRMED -> confirmed++;
					case DISMISSED -> dismissed++;
					case AWAITING_APPROVAL -> waiting++;
					case OPEN -> throw new IllegalStateException("a decision left " + id + " OPEN");
				}
			}
			catch (AlreadyDecided | NoSuchCandidate ex) {
				skipped++;
			}
		}
		return new BulkResult(ids.size(), confirmed, dismissed, waiting, skipped);
	}

	private CandidateState decideChecked(String candidateId, String user, Decision decision, String reason,
			boolean bulk) {
		CandidateStates.CurrentCandidate candidate = lockedCurrent(candidateId);
		if (candidate.state() != CandidateState.OPEN) {
			throw new AlreadyDecided(candidateId, candidate.state(), CandidateState.OPEN);
		}
		Instant now = this.clock.instant();
		// OPEN: nothing that still waits for this candidate is in force
		int lapsed = this.approvals.lapse(candidateId, now);
		Map<String, Object> detail = detail(candidate);
		detail.put("decision", decision.name());
		detail.put("reason", reason);
		if (lapsed > 0) {
			detail.put("lapsedApprovals", lapsed);
		}
		if (bulk) {
			detail.put("bulk", true);
		}
		CandidateState state;
		if (decision == Decision.DISMISSED && candidate.tier() == Tier.CONFIRMED) {
			detail.put("approvalId", this.approvals.request(candidate, reason, user, now));
			state = CandidateState.AWAITING_APPROVAL;
		}
		else {
			detail.put("dispositionId", this.dispositions.recordOn(candidate.instanceId(), candidateId, decision,
					reason, user, null, SOURCE, now));
			state = (decision == Decision.CONFIRMED) ? CandidateState.CONFIRMED : CandidateState.DISMISSED;
		}
		detail.put("state", state.name());
		this.audit.record(user, AuditActions.DECISION, candidateId, detail);
		return state;
	}

	/**
	 * The refusal, on the audit trail, to throw. Called once the refused action's transaction has rolled back and
	 * given its connection back, so a burst of refusals never waits for a second connection while holding one.
	 */
	private <E extends ReviewException> E refused(String user, String attempted, String candidateId, E refusal) {
		this.refusals.record(user, attempted, candidateId, refusal);
		return refusal;
	}

	/** The candidate, locked for this transaction, with the state read after the lock was granted. */
	private CandidateStates.CurrentCandidate lockedCurrent(String candidateId) {
		if (!this.states.lock(candidateId)) {
			throw new NoSuchCandidate(candidateId);
		}
		return this.states.current(candidateId).orElseThrow(() -> new NoSuchCandidate(candidateId));
	}

	private static Map<String, Object> detail(CandidateStates.CurrentCandidate candidate) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("store", candidate.store());
		detail.put("country", candidate.country());
		detail.put("appId", candidate.appId());
		detail.put("listId", candidate.listId());
		detail.put("entryId", candidate.entryId());
		detail.put("tier", candidate.tier().name());
		detail.put("evidenceSha256", candidate.evidenceSha256());
		detail.put("jobInstanceId", candidate.instanceId());
		return detail;
	}

	/** Usernames are compared as people read them: case and surrounding blanks do not make a second person. */
	private static boolean sameUser(String a, String b) {
		return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
	}

	/** @return the reason, stripped */
	private static String checked(String user, String reason) {
		ReviewText.user(user);
		return ReviewText.text("reason", reason, "required: say why");
	}

}
