package dev.delist.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.delist.audit.AuditEvent;
import dev.delist.audit.AuditLog;
import dev.delist.review.CandidateDetails;
import dev.delist.review.CandidateQueue;
import dev.delist.review.CandidateState;
import dev.delist.review.Decisions;
import dev.delist.review.NoSuchCandidate;
import dev.delist.review.QueueCandidate;
import dev.delist.review.QueueFilter;
import dev.delist.review.QueuePage;
import dev.delist.review.InvalidDecision;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for tools: the queue's candidates (ids as in {@code report.json}), decisions, approvals and the
 * audit trail. The same rules as the pages; refusals are JSON ({@link ApiErrors}).
 */
@RestController
@RequestMapping("/api")
class CandidatesApi {

	private final CandidateQueue queue;

	private final CandidateDetails details;

	private final Decisions decisions;

	private final AuditLog audit;

	CandidatesApi(CandidateQueue queue, CandidateDetails details, Decisions decisions, AuditLog audit) {
		this.queue = queue;
		this.details = details;
		this.decisions = decisions;
		this.audit = audit;
	}

	/** {@code {"candidates":[...], "next": cursor-or-null}}; {@code ?after=} the cursor for the next page. */
	@GetMapping("/candidates")
	Map<String, Object> candidates(@RequestParam Map<String, String> parameters) {
		QueuePage<QueueCandidate> page = this.queue.candidates(QueueFilter.fromParameters(parameters),
				parameters.get("after"), limit(parameters.get("limit")));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("candidates", page.items().stream().map(CandidatesApi::json).toList());
		body.put("next", page.nextCursor());
		return body;
	}

	@PostMapping("/candidates/{id}/decision")
	Map<String, Object> decide(@PathVariable String id, @RequestBody DecisionRequest request, Authentication user) {
		CandidateState state = this.decisions.decide(id, user.getName(), DecisionParam.parse(request.decision()),
				request.reason());
		return Map.of("id", id, "state", state.name());
	}

	@PostMapping("/candidates/{id}/approval")
	Map<String, Object> approve(@PathVariable String id, @RequestBody ApprovalRequest request, Authentication user) {
		if (request.approve() == null) {
			throw new InvalidDecision("approve", "required: true or false");
		}
		CandidateState state = this.decisions.approve(id, user.getName(), request.approve(), request.reason());
		return Map.of("id", id, "state", state.name());
	}

	/**
	 * A candidate's trail, oldest first (any role); without a candidate, the whole trail newest first, a page at a
	 * time and for approvers and admins only, as the audit page shows it.
	 */
	@GetMapping("/audit")
	Map<String, Object> audit(@RequestParam(required = false) String candidate,
			@RequestParam(required = false) String user, @RequestParam(required = false) String action,
			@RequestParam(required = false) String before, Authentication authentication) {
		if (candidate == null) {
			if (!CurrentUser.of(authentication).map(CurrentUser::canApprove).orElse(false)) {
				throw new AccessDeniedException("the whole audit trail is for approvers and admins");
			}
			AuditFilter filter = AuditFilter.of(user, action, before);
			List<AuditEvent> page = this.audit.page(filter.user(), filter.action(), filter.before(),
					AuditPage.PAGE_SIZE + 1);
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("events", page.stream().limit(AuditPage.PAGE_SIZE).map(CandidatesApi::json).toList());
			json.put("next", (page.size() > AuditPage.PAGE_SIZE)
					? filter.olderLink("/api/audit", page.get(AuditPage.PAGE_SIZE - 1).id()) : null);
			return json;
		}
		List<AuditEvent> events = this.audit.forCandidate(candidate);
		// a candidate of an older run has no page any more, but its trail stays readable
		if (events.isEmpty() && this.details.find(candidate).isEmpty()) {
			throw new NoSuchCandidate(candidate);
		}
		return Map.of("events", events.stream().map(CandidatesApi::json).toList());
	}

	private static int limit(String value) {
		if (value == null || value.isBlank()) {
			return CandidateQueue.DEFAULT_PAGE_SIZE;
		}
		try {
			int limit = Integer.parseInt(value.strip());
			if (limit < 1 || limit > CandidateQueue.MAX_PAGE_SIZE) {
				throw new NumberFormatException();
			}
			return limit;
		}
		catch (NumberFormatException ex) {
			throw new dev.delist.review.InvalidFilter("limit",
					"'" + value + "' is not a number from 1 to " + CandidateQueue.MAX_PAGE_SIZE);
		}
	}

	private static Map<String, Object> json(QueueCandidate c) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", c.id());
		json.put("store", c.store());
		json.put("country", c.country());
		json.put("appId", c.appId());
		json.put("title", c.title());
		json.put("tier", c.tier().name());
		json.put("takedownCandidate", c.takedownCandidate());
		json.put("entry", Map.of("listId", c.listId(), "entryId", c.entryId()));
		json.put("state", c.state().name());
		json.put("change", (c.change() != null) ? c.change().name() : null);
		json.put("url", c.url());
		json.put("claimedBy", c.claimedBy());
		return json;
	}

	private static Map<String, Object> json(AuditEvent event) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", event.id());
		json.put("at", event.at().toString());
		json.put("user", event.user());
		json.put("action", event.action());
		json.put("candidate", event.candidateId());
		json.put("detail", event.detail());
		return json;
	}

	record DecisionRequest(String decision, String reason) {
	}

	record ApprovalRequest(Boolean approve, String reason) {
	}

}
