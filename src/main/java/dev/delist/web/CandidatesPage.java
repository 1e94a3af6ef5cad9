package dev.delist.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.delist.review.BulkResult;
import dev.delist.review.CandidateDetail;
import dev.delist.review.CandidateDetails;
import dev.delist.review.CandidateQueue;
import dev.delist.review.CandidateState;
import dev.delist.review.Claims;
import dev.delist.review.Decision;
import dev.delist.review.Decisions;
import dev.delist.review.NoSuchCandidate;
import dev.delist.review.Notes;
import dev.delist.review.QueueFilter;
import dev.delist.review.ReviewException;
import dev.delist.store.Store;
import dev.delist.match.Tier;
import dev.delist.review.CandidateChange;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The queue ({@code /candidates}) and a candidate's page: filters and keyset pages on the server, decisions by
 * form. Refusals (an empty reason, a decided candidate, one's own dismissal to approve) come back as a message
 * on the page the reviewer was on, never as a blank error page.
 */
@Controller
class CandidatesPage {

	private static final DateTimeFormatter CLAIM_TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	private final CandidateQueue queue;

	private final CandidateDetails details;

	private final Decisions decisions;

	private final Claims claims;

	private final Notes notes;

	CandidatesPage(CandidateQueue queue, CandidateDetails details, Decisions decisions, Claims claims, Notes notes) {
		this.queue = queue;
		this.details = details;
		this.decisions = decisions;
		this.claims = claims;
		this.notes = notes;
	}

	/** Another reviewer's claim as the page says it. */
	record ClaimNote(String user, String since) {
	}

	@GetMapping("/candidates")
	String queue(@RequestParam Map<String, String> parameters, Model model) {
		Map<String, String> filters = filters(parameters);
		QueueFilter filter = QueueFilter.fromParameters(filters);
		model.addAttribute("page", this.queue.groups(filter, parameters.get("after"), CandidateQueue.DEFAULT_PAGE_SIZE));
		// counted as far as one bulk decision reaches: beyond it the count would only say "narrow the filter"
		model.addAttribute("count", this.queue.count(filter, Decisions.MAX_BULK));
		model.addAttribute("maxBulk", Decisions.MAX_BULK);
		model.addAttribute("filters", filters);
		model.addAttribute("filterQuery", query(filters));
		model.addAttribute("stores", Store.values());
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("changes", CandidateChange.values());
		model.addAttribute("states", CandidateState.values());
		return "candidates";
	}

	/** The queue's first app nobody else has open, for a reviewer starting on the filtered queue. */
	@GetMapping("/candidates/start")
	String start(@RequestParam Map<String, String> parameters, Authentication user, RedirectAttributes redirect) {
		Map<String, String> filters = filters(parameters);
		return this.queue.first(QueueFilter.fromParameters(filters), user.getName())
			.map((first) -> "redirect:/candidates/" + first.id() + query(filters))
			.orElseGet(() -> {
				redirect.addFlashAttribute("notice", "Nothing in this queue that nobody has open.");
				return "redirect:/candidates" + query(filters);
			});
	}

	/**
	 * A candidate, reached from the queue with its filter: the page leads back to that queue and on to the next
	 * group in it, and its forms keep the filter, so a reviewer works through a filtered queue page by page.
	 */
	@GetMapping("/candidates/{id}")
	String candidate(@PathVariable String id, @RequestParam Map<String, String> parameters, Authentication user,
			Model model) {
		CandidateDetail candidate = this.details.find(id).orElseThrow(() -> new NoSuchCandidate(id));
		Map<String, String> filters = filters(parameters);
		QueueFilter filter = QueueFilter.fromParameters(filters);
		boolean decides = CurrentUser.of(user).map(CurrentUser::canDecide).orElse(false);
		if (decides && candidate.current() && candidate.state() == CandidateState.OPEN) {
			// a reviewer reading an open candidate claims it, unless another one has it open (Claims)
			this.claims.open(candidate.id(), user.getName())
				.ifPresent((claim) -> model.addAttribute("claim",
						new ClaimNote(claim.user(), CLAIM_TIME.format(claim.since()))));
		}
		model.addAttribute("c", candidate);
		model.addAttribute("notes", this.notes.forApp(candidate.listing().store(), candidate.listing().appId(),
				candidate.entry().listId(), candidate.entry().entryId()));
		model.addAttribute("filters", filters);
		model.addAttribute("filterQuery", query(filters));
		model.addAttribute("queueLink", "/candidates" + query(filters));
		model.addAttribute("nextLink", this.queue.after(filter, candidate.listing().store(), candidate.id(), user.getName())
			.map((next) -> "/candidates/" + next.id() + query(filters))
			.orElse(null));
		model.addAttribute("maxReason", Decisions.MAX_REASON);
		return "candidate";
	}

	@PostMapping("/candidates/{id}/decision")
	String decide(@PathVariable String id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, @RequestParam Map<String, String> parameters,
			Authentication user, RedirectAttributes redirect) {
		return recorded(redirect, parameters,
				() -> "Recorded: " + this.decisions.decide(id, user.getName(), DecisionParam.parse(decision), reason));
	}

	@PostMapping("/candidates/{id}/approval")
	String approve(@PathVariable String id, @RequestParam(required = false) String approve,
			@RequestParam(required = false) String reason, @RequestParam Map<String, String> parameters,
			Authentication user, RedirectAttributes redirect) {
		return recorded(redirect, parameters,
				() -> "Recorded: " + this.decisions.approve(id, user.getName(), "true".equals(approve), reason));
	}

	/**
	 * Back to the candidate, with the queue's filter the form carried, and what became of the decision, approval
	 * or note (the action's notice) or why it was refused; an unknown candidate is a 404, not a notice.
	 */
	private static String recorded(RedirectAttributes redirect, Map<String, String> parameters,
			Supplier<String> action) {
		try {
			redirect.addFlashAttribute("notice", action.get());
		}
		catch (ReviewException ex) {
			if (ex instanceof NoSuchCandidate) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/candidates/{id}" + query(filters(parameters));
	}

	/** A reviewer's note on the candidate's app, back on its page within the queue's filter. */
	@PostMapping("/candidates/{id}/notes")
	String note(@PathVariable String id, @RequestParam(required = false) String text,
			@RequestParam Map<String, String> parameters, Authentication user, RedirectAttributes redirect) {
		return recorded(redirect, parameters, () -> {
			this.notes.add(id, user.getName(), text);
			return "Note added.";
		});
	}

	/** One decision on every candidate the queue's filter selects (within {@link Decisions#MAX_BULK}). */
	@PostMapping("/candidates/decisions")
	String decideAll(@RequestParam Map<String, String> parameters, Authentication user,
			RedirectAttributes redirect) {
		Map<String, String> filters = filters(parameters);
		try {
			BulkResult result = this.decisions.decideAll(QueueFilter.fromParameters(filters), user.getName(),
					DecisionParam.parse(parameters.get("decision")), parameters.get("reason"));
			redirect.addFlashAttribute("notice", String.format(
					"%d %s: %d confirmed, %d dismissed, %d awaiting approval, %d skipped (decided meanwhile)",
					result.matched(), (result.matched() == 1) ? "candidate" : "candidates", result.confirmed(),
					result.dismissed(), result.awaitingApproval(), result.skipped()));
		}
		catch (ReviewException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/candidates" + query(filters);
	}

	/** The queue's filter parameters only (not the cursor, not a form's decision fields). */
	private static Map<String, String> filters(Map<String, String> parameters) {
		Map<String, String> filters = new LinkedHashMap<>();
		for (String name : new String[] { QueueFilter.STORE, QueueFilter.LIST, QueueFilter.TIER, QueueFilter.CHANGE,
				QueueFilter.COUNTRY, QueueFilter.TAKEDOWN, QueueFilter.STATE, QueueFilter.APP }) {
			String value = parameters.get(name);
			if (value != null && !value.isBlank()) {
				filters.put(name, value.strip());
			}
		}
		return filters;
	}

	private static String query(Map<String, String> filters) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		filters.forEach(builder::queryParam);
		return builder.encode().build().toUriString();
	}

}
