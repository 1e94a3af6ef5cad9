package dev.delist.web;

import dev.delist.review.NoSuchCandidate;
import dev.delist.review.ReviewException;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import jakarta.servlet.http.HttpServletResponse;

/** A page's refusal (an unknown candidate, a bad filter) as the error page with its status and message. */
@ControllerAdvice(assignableTypes = { CandidatesPage.class, RunsPage.class, ExportPage.class, AuditPage.class })
class PageErrors {

	@ExceptionHandler(ReviewException.class)
	String refused(ReviewException ex, Model model, HttpServletResponse response) {
		int status = ApiErrors.status(ex).value();
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("error", (ex instanceof NoSuchCandidate) ? "Not found" : "Bad request");
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

}
