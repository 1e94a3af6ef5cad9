package dev.delist.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.delist.review.AlreadyDecided;
import dev.delist.review.InvalidDecision;
import dev.delist.review.InvalidFilter;
import dev.delist.review.NoSuchCandidate;
import dev.delist.review.ReviewException;
import dev.delist.review.SelfApproval;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's refusals as {@code {"error": "..."}} with the status the contract names. */
@RestControllerAdvice(assignableTypes = CandidatesApi.class)
class ApiErrors {

	@ExceptionHandler(ReviewException.class)
	ResponseEntity<Map<String, Object>> refused(ReviewException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.getMessage());
		if (ex instanceof AlreadyDecided decided) {
			body.put("state", decided.state().name());
		}
		return ResponseEntity.status(status(ex)).body(body);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MissingServletRequestParameterException.class })
	ResponseEntity<Map<String, Object>> unreadable(Exception ex) {
		String message = (ex instanceof MissingServletRequestParameterException missing)
				? missing.getParameterName() + ": required" : "the body is not the JSON this call takes";
		return ResponseEntity.badRequest().body(Map.of("error", message));
	}

	static HttpStatus status(ReviewException ex) {
		if (ex instanceof NoSuchCandidate) {
			return HttpStatus.NOT_FOUND;
		}
		if (ex instanceof AlreadyDecided) {
			return HttpStatus.CONFLICT;
		}
		if (ex instanceof SelfApproval) {
			return HttpStatus.FORBIDDEN;
		}
		if (ex instanceof InvalidDecision || ex instanceof InvalidFilter) {
			return HttpStatus.BAD_REQUEST;
		}
		return HttpStatus.BAD_REQUEST;
	}

}
