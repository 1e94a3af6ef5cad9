package dev.delist.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.delist.list.ListRepository;
import dev.delist.observe.Progress;
import dev.delist.store.SnapshotRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches every snapshot of a run against the list versions the run recorded, replacing earlier results, and
 * applies reviewers' dismissals to them.
 */
@Service
public class RunMatcher {

	private static final int BATCH = 1000;

	private final ListRepository lists;

	private final SnapshotRepository snapshots;

	private final CandidateRepository candidates;

	public RunMatcher(ListRepository lists, SnapshotRepository snapshots, CandidateRepository candidates) {
		this.lists = lists;
		this.snapshots = snapshots;
		this.candidates = candidates;
	}

	/** The matcher of a run: the list versions it recorded, evaluated at its run date. */
	public Matcher matcher(long instanceId, LocalDate runDate) {
		return new Matcher(this.lists.runLists(instanceId), runDate);
	}

	/** @return how many matches were stored */
	@Transactional
	public int match(long instanceId, LocalDate runDate) {
		Matcher matcher = matcher(instanceId, runDate);
		this.candidates.deleteRun(instanceId);
		List<Candidate> pending = new ArrayList<>();
		int[] total = { 0 };
		Progress progress = Progress.of("match: listings matched", this.snapshots.count(instanceId));
		this.snapshots.forEachForMatching(instanceId, (snapshot) -> {
			progress.advance(1);
			for (Match match : matcher.match(snapshot.listing())) {
				pending.add(Candidate.of(snapshot.listing(), snapshot.fetchedAt(), snapshot.sha256(), match));
			}
			if (pending.size() >= BATCH) {
				total[0] += flush(instanceId, pending);
			}
		});
		total[0] += flush(instanceId, pending);
		// in the same transaction: a report never sees the run's candidates before reviewers' dismissals apply
		this.candidates.suppressDismissed(instanceId);
		return total[0];
	}

	private int flush(long instanceId, List<Candidate> pending) {
		int size = pending.size();
		this.candidates.insert(instanceId, pending);
		pending.clear();
		return size;
	}

}
