package dev.delist.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.delist.audit.AuditActions;
import dev.delist.audit.AuditEvent;
import dev.delist.audit.AuditLog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for those who answer for the decisions (approvers and admins): every decision, approval,
 * refusal, note, export, run started, login and user change, newest first, for one user or one action, 50 a page.
 * The per-candidate trail stays on the candidate's page and in {@code GET /api/audit}.
 */
@Controller
class AuditPage {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditPage(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
			@RequestParam(required = false) String before, Model model) {
		AuditFilter filter = AuditFilter.of(user, action, before);
		List<AuditEvent> events = this.audit.page(filter.user(), filter.action(), filter.before(), PAGE_SIZE + 1);
		boolean more = events.size() > PAGE_SIZE;
		events = events.subList(0, Math.min(PAGE_SIZE, events.size()));
		model.addAttribute("events", events.stream().map(Row::of).toList());
		model.addAttribute("user", filter.user());
		model.addAttribute("action", filter.action());
		model.addAttribute("actions", AuditActions.ALL);
		model.addAttribute("olderLink", more ? filter.olderLink("/audit", events.get(events.size() - 1).id()) : null);
		return "audit";
	}

	/** An event as the page shows it: its detail as "key: value" lines, in key order. */
	record Row(long id, String at, String user, String action, String candidateId, List<String> detail) {

		static Row of(AuditEvent event) {
			List<String> detail = new TreeMap<>(event.detail()).entrySet()
				.stream()
				.map((Map.Entry<String, Object> e) -> e.getKey() + ": " + e.getValue())
				.toList();
			return new Row(event.id(), event.at().toString(), event.user(), event.action(), event.candidateId(), detail);
		}

	}

}
