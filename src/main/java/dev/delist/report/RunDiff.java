package dev.delist.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.delist.match.Candidate;

/**
 * Compares a run's candidates with the previous complete run of the same job: what is new, unchanged,
 * changed or back again, and what left since and why.
 */
final class RunDiff {

	private final Map<String, ReportRepository.PreviousCandidate> previous = new HashMap<>();

	private final Map<String, Long> firstSeen;

	RunDiff(List<ReportRepository.PreviousCandidate> previous, Map<String, Long> firstSeen) {
		previous.forEach((candidate) -> this.previous.put(candidate.candidateId(), candidate));
		this.firstSeen = firstSeen;
	}

	String change(Candidate candidate) {
		ReportRepository.PreviousCandidate before = this.previous.get(candidate.id());
		if (before == null) {
			return this.firstSeen.containsKey(candidate.id()) ? "RESURFACED" : "NEW";
		}
		return before.evidenceSha256().equals(candidate.evidenceSha256()) ? "UNCHANGED" : "CHANGED";
	}

	Long firstSeen(String candidateId) {
		return this.firstSeen.get(candidateId);
	}

	/**
	 * @param seen "country/appId" of every listing fetched this run
	 * @param storeFullyChecked whether every target of the store was answered; only then can a missing listing
	 * be called delisted
	 */
	List<StoreReport.Resolved> resolved(List<Candidate> current, Set<String> seen, boolean storeFullyChecked,
			Long previousExecutionId) {
		Map<String, Candidate> now = new HashMap<>();
		current.forEach((candidate) -> now.put(candidate.id(), candidate));
		Set<String> done = new HashSet<>();
		List<StoreReport.Resolved> resolved = new ArrayList<>();
		for (ReportRepository.PreviousCandidate before : this.previous.values()) {
			Candidate after = now.get(before.candidateId());
			String why = null;
			if (after != null) {
				if (before.entryInForce() && !after.match().entryInForce()) {
					why = "ENTRY_NOT_IN_FORCE";
				}
			}
			else if (seen.contains(before.country() + "/" + before.appId())) {
				why = "NO_LONGER_MATCHES";
			}
			else if (storeFullyChecked) {
				why = "DELISTED";
			}
			if (why != null && done.add(before.candidateId())) {
				resolved.add(new StoreReport.Resolved(before.country(), before.appId(), before.listId(),
						before.entryId(), previousExecutionId, why));
			}
		}
		resolved.sort((a, b) -> (a.country() + a.appId() + a.listId() + a.entryId())
			.compareTo(b.country() + b.appId() + b.listId() + b.entryId()));
		return resolved;
	}

}
