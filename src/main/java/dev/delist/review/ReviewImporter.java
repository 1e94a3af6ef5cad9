package dev.delist.review;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.delist.audit.AuditActions;
import dev.delist.audit.AuditLog;
import dev.delist.config.InputException;
import dev.delist.match.Tier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code review import}: loads a reviewer's CSV into the disposition history, all or nothing. A row that names
 * no known candidate is refused, so a typo can never stand for a decision that silently suppresses nothing.
 * Each decision it records is on the audit trail, as the workbench's are, in the reviewer's name and with its
 * line. A dismissal of a CONFIRMED-tier candidate, which the workbench holds for a second person, is held the
 * same way when the operator asks for four eyes on imports ({@code delist.review.import-four-eyes}); otherwise
 * it is recorded and named in a warning.
 */
@Service
public class ReviewImporter {

	private final DispositionRepository dispositions;

	private final ApprovalRepository approvals;

	private final CandidateStates states;

	private final AuditLog audit;

	private final Clock clock;

	ReviewImporter(DispositionRepository dispositions, ApprovalRepository approvals, CandidateStates states,
			AuditLog audit, Clock clock) {
		this.dispositions = dispositions;
		this.approvals = approvals;
		this.states = states;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param fourEyes hold each dismissal of a CONFIRMED-tier candidate for an approver in the workbench
	 * @throws ReviewImportException naming every bad row; then nothing was imported (the transaction rolls back)
	 */
	@Transactional
	public Imported importFile(Path file, boolean fourEyes) {
		List<ReviewRow> rows = ReviewCsv.read(file.toString(), read(file));
		List<String> problems = new ArrayList<>();
		List<String> oneReviewerOnly = new ArrayList<>();
		int dismissed = 0;
		int held = 0;
		for (ReviewRow row : rows) {
			if (fourEyes && row.decision() == Decision.DISMISSED) {
				dismissed++;
				held += dismissWithFourEyes(row, problems);
				continue;
			}
			List<DispositionRepository.Recorded> recorded = this.dispositions.record(row, this.clock.instant());
			if (recorded.isEmpty()) {
				problems.add(noSuchCandidate(row));
			}
			for (DispositionRepository.Recorded disposition : recorded) {
				Map<String, Object> detail = detail(row, disposition.country(), disposition.tier());
				detail.put("dispositionId", disposition.id());
				this.audit.record(row.reviewer(), AuditActions.DECISION, disposition.candidateId(), detail);
			}
			if (row.decision() == Decision.DISMISSED) {
				dismissed++;
				List<String> strong = recorded.stream()
					.filter((disposition) -> disposition.tier() == Tier.CONFIRMED)
					.map(DispositionRepository.Recorded::country)
					.toList();
				if (!strong.isEmpty()) {
					oneReviewerOnly.add(row.source() + ": " + row.reviewer() + " alone dismissed a CONFIRMED-tier match ("
							+ row.store() + " appId " + row.appId() + " in " + String.join(", ", strong)
							+ "); the workbench would have held it for an approver");
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ReviewImportException(file.toString(), problems);
		}
		return new Imported(rows.size(), dismissed, rows.size() - dismissed, held, oneReviewerOnly);
	}

	/**
	 * A dismissal under four eyes: recorded where the candidate is weaker than CONFIRMED; held for an approver,
	 * on the row the workbench shows, where it or that row is CONFIRMED-tier. A held one needs that row: a
	 * candidate no current run shows cannot be approved by anybody, so the row is refused.
	 *
	 * @return how many storefronts' dismissals now wait for an approver
	 */
	private int dismissWithFourEyes(ReviewRow row, List<String> problems) {
		List<DispositionRepository.Target> targets = this.dispositions.targets(row);
		if (targets.isEmpty()) {
			problems.add(noSuchCandidate(row));
		}
		Instant now = this.clock.instant();
		int held = 0;
		for (DispositionRepository.Target target : targets) {
			Optional<CandidateStates.CurrentCandidate> current = this.states.lock(target.candidateId())
					? this.states.current(target.candidateId()) : Optional.empty();
			boolean strong = target.tier() == Tier.CONFIRMED
					|| current.map((c) -> c.tier() == Tier.CONFIRMED).orElse(false);
			Map<String, Object> detail = detail(row, target.country(), target.tier());
			if (!strong) {
				detail.put("dispositionId", this.dispositions.recordOn(target.instanceId(), target.candidateId(),
						Decision.DISMISSED, row.reason(), row.reviewer(), null, row.source(), now));
			}
			else if (current.isEmpty()) {
				problems.add(row.source() + ": " + row.store() + " appId " + row.appId() + " in " + target.country()
						+ ": a CONFIRMED-tier dismissal waits for an approver, but no current run shows this candidate"
						+ " to approve; leave it out, or dismiss it in the workbench once a run shows it");
				continue;
			}
			else {
				// what waited for the candidate is replaced by this file's dismissal, as a new workbench decision would
				this.approvals.lapse(target.candidateId(), now);
				detail.put("approvalId", this.approvals.request(current.get(), reason(row), row.reviewer(), now));
				detail.put("state", CandidateState.AWAITING_APPROVAL.name());
				held++;
			}
			this.audit.record(row.reviewer(), AuditActions.DECISION, target.candidateId(), detail);
		}
		return held;
	}

	/** The workbench asks every dismissal for a reason; a file's row may have none, and the approver should know. */
	private static String reason(ReviewRow row) {
		return (row.reason() != null && !row.reason().isBlank()) ? row.reason() : "(no reason given in " + row.source() + ")";
	}

	private static String noSuchCandidate(ReviewRow row) {
		return row.source() + ": no such candidate: " + row.store() + " appId " + row.appId() + ", " + row.listId() + "/"
				+ row.entryId() + ((row.country() != null) ? " in " + row.country() : "") + " — check the report";
	}

	/** What the workbench's decision events hold, where a file has it, and the line it came from. */
	private static Map<String, Object> detail(ReviewRow row, String country, Tier tier) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("store", row.store());
		detail.put("country", country);
		detail.put("appId", row.appId());
		detail.put("listId", row.listId());
		detail.put("entryId", row.entryId());
		detail.put("tier", tier.name());
		detail.put("decision", row.decision().name());
		detail.put("reason", row.reason());
		detail.put("source", row.source());
		return detail;
	}

	private static String read(Path file) {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		}
		catch (CharacterCodingException ex) {
			throw new InputException(file + ": not UTF-8 text (save the CSV as UTF-8)");
		}
		catch (IOException ex) {
			throw new InputException(file + ": cannot read the file (" + ex.getClass().getSimpleName() + ": "
					+ ex.getMessage() + ")", ex);
		}
	}

	/**
	 * @param decisions rows of the file; each may apply in several countries
	 * @param awaitingApproval storefronts whose dismissal waits for an approver (four eyes on imports)
	 * @param oneReviewerOnly a line per dismissal of a CONFIRMED-tier candidate recorded without four eyes: no
	 * second person saw it
	 */
	public record Imported(int decisions, int dismissed, int confirmed, int awaitingApproval,
			List<String> oneReviewerOnly) {

		public Imported {
			oneReviewerOnly = List.copyOf(oneReviewerOnly);
		}

	}

}
