package dev.delist.observe;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * What a run measures for dashboards and alerts: requests and target outcomes per store, candidates per tier,
 * step durations. Pushed to a Pushgateway at the end of the process when one is configured.
 */
@Component
public class RunMetrics {

	private final MeterRegistry registry;

	public RunMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public void requests(String store, int requests) {
		this.registry.counter("delist.store.requests", "store", store).increment(requests);
	}

	public void targets(String store, String outcome, long count) {
		this.registry.counter("delist.targets", "store", store, "outcome", outcome).increment(count);
	}

	public void candidates(String store, String tier, long count) {
		this.registry.counter("delist.candidates", "store", store, "tier", tier).increment(count);
	}

	public void step(String step, String status, Duration duration) {
		this.registry.timer("delist.step.duration", "step", step, "status", status).record(duration);
	}

}
