package dev.delist.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /livez}, open without login, for Kubernetes' liveness probe: whether the process still answers and
 * Spring has not declared it broken. It asks nothing of the database, unlike {@code /actuator/health} (the
 * readiness and startup probes): a database outage takes serve out of the Service's rotation, and restarting
 * its pods for it would only drop every reviewer's session for nothing.
 */
@RestController
class LivenessProbe {

	private final ApplicationAvailability availability;

	LivenessProbe(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@GetMapping(path = "/livez", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> liveness() {
		boolean live = this.availability.getLivenessState() == LivenessState.CORRECT;
		return ResponseEntity.status(live ? 200 : 503).body(live ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
	}

}
