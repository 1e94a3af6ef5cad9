package dev.delist.web;

import java.util.Map;

import dev.delist.audit.AuditActions;
import dev.delist.audit.AuditLog;
import dev.delist.schedule.BackgroundRuns;
import dev.delist.schedule.NightlySchedule;
import dev.delist.schedule.Submission;
import dev.delist.status.RunHistory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /runs}: recent runs with their health and gate reasons, the tier trend, and (admins) starting runs. */
@Controller
class RunsPage {

	static final int RUNS = 30;

	static final int TREND = 14;

	private final RunHistory history;

	private final BackgroundRuns background;

	private final AuditLog audit;

	/** Absent unless {@code delist.schedule.cron} is set. */
	private final ObjectProvider<NightlySchedule> schedule;

	RunsPage(RunHistory history, BackgroundRuns background, AuditLog audit, ObjectProvider<NightlySchedule> schedule) {
		this.history = history;
		this.background = background;
		this.audit = audit;
		this.schedule = schedule;
	}

	@GetMapping("/runs")
	String runs(Model model) {
		model.addAttribute("runs", this.history.runs(RUNS));
		model.addAttribute("trend", TierTrend.of(this.history.tierTrend("nightly", TREND)));
		model.addAttribute("current", this.background.current().orElse(null));
		model.addAttribute("last", this.background.last().orElse(null));
		model.addAttribute("schedule", this.schedule.getIfAvailable());
		return "runs";
	}

	@PostMapping("/runs/nightly")
	String startNightly(Authentication user, RedirectAttributes redirect) {
		Submission submission = this.background.startNightly(user.getName());
		this.audit.record(user.getName(), AuditActions.RUN_STARTED, null,
				Map.of("job", "nightly", "accepted", submission.accepted(), "message", submission.message()));
		redirect.addFlashAttribute(submission.accepted() ? "notice" : "problem", submission.message());
		return "redirect:/runs";
	}

	@PostMapping("/runs/{executionId}/rematch")
	String startRematch(@PathVariable long executionId, Authentication user, RedirectAttributes redirect) {
		Submission submission = this.background.startRematch(executionId, user.getName());
		this.audit.record(user.getName(), AuditActions.RUN_STARTED, null, Map.of("job", "rematch", "rematchOf",
				executionId, "accepted", submission.accepted(), "message", submission.message()));
		redirect.addFlashAttribute(submission.accepted() ? "notice" : "problem", submission.message());
		return "redirect:/runs";
	}

}
