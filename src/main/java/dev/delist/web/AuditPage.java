package dev.delist.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.delist.audit.AuditActions;
import dev.delist.audit.AuditEvent;
import dev.delist.audit.AuditLog;
import dev.delist.review.InvalidFilter;
import dev.delist.users.UserAccounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail for those who answer for the decisions (approvers and admins): every decision, approval,
 * refusal, export, run started, login and user change, newest first, for one user or one action, 50 a page.
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
		String userFilter = user(user);
		String actionFilter = action(action);
		List<AuditEvent> events = this.audit.page(userFilter, actionFilter, before(before), PAGE_SIZE + 1);
		boolean more = events.size() > PAGE_SIZE;
		events = events.subList(0, Math.min(PAGE_SIZE, events.size()));
		model.addAttribute("events", events.stream().map(Row::of).toList());
		model.addAttribute("user", userFilter);
		model.addAttribute("action", actionFilter);
		model.addAttribute("actions", AuditActions.ALL);
		model.addAttribute("olderLink", more ? older(userFilter, actionFilter, events.get(events.size() - 1).id()) : null);
		return "audit";
	}

	private static String user(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!UserAccounts.isName(value.strip())) {
			throw new InvalidFilter("user", "not a user name (letters, digits and . _ @ -, at most 64)");
		}
		return value.strip();
	}

	private static String action(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String action = value.strip().toUpperCase(Locale.ROOT);
		if (!AuditActions.ALL.contains(action)) {
			throw new InvalidFilter("action", "'" + value.strip() + "' is not one of " + String.join(", ", AuditActions.ALL));
		}
		return action;
	}

	private static Long before(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			long id = Long.parseLong(value.strip());
			if (id < 1) {
				throw new NumberFormatException();
			}
			return id;
		}
		catch (NumberFormatException ex) {
			throw new InvalidFilter("before", "not an event id (start again from the newest)");
		}
	}

	private static String older(String user, String action, long lastId) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/audit");
		if (user != null) {
			link.queryParam("user", user);
		}
		if (action != null) {
			link.queryParam("action", action);
		}
		return link.queryParam("before", lastId).encode().build().toUriString();
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
