package dev.delist.review;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * line; a dismissal of a CONFIRMED-tier candidate, which the workbench would hold for a second person, is
 * named in a warning.
 */
@Service
public class ReviewImporter {

	private final DispositionRepository dispositions;

	private final AuditLog audit;

	private final Clock clock;

	public ReviewImporter(DispositionRepository dispositions, AuditLog audit, Clock clock) {
		this.dispositions = dispositions;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws ReviewImportException naming every bad row; then nothing was imported (the transaction rolls back) */
	@Transactional
	public Imported importFile(Path file) {
		List<ReviewRow> rows = ReviewCsv.read(file.toString(), read(file));
		List<String> problems = new ArrayList<>();
		List<String> oneReviewerOnly = new ArrayList<>();
		int dismissed = 0;
		for (ReviewRow row : rows) {
			List<DispositionRepository.Recorded> recorded = this.dispositions.record(row, this.clock.instant());
			if (recorded.isEmpty()) {
				problems.add(row.source() + ": no such candidate: " + row.store() + " appId " + row.appId() + ", "
						+ row.listId() + "/" + row.entryId() + ((row.country() != null) ? " in " + row.country() : "")
						+ " — check the report");
			}
			for (DispositionRepository.Recorded disposition : recorded) {
				this.audit.record(row.reviewer(), AuditActions.DECISION, disposition.candidateId(),
						detail(row, disposition));
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
		return new Imported(rows.size(), dismissed, rows.size() - dismissed, oneReviewerOnly);
	}

	/** What the workbench's decision events hold, where a file has it, and the line it came from. */
	private static Map<String, Object> detail(ReviewRow row, DispositionRepository.Recorded disposition) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("store", row.store());
		detail.put("country", disposition.country());
		detail.put("appId", row.appId());
		detail.put("listId", row.listId());
		detail.put("entryId", row.entryId());
		detail.put("tier", disposition.tier().name());
		detail.put("decision", row.decision().name());
		detail.put("reason", row.reason());
		detail.put("dispositionId", disposition.id());
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
	 * @param oneReviewerOnly a line per dismissal of a CONFIRMED-tier candidate: no second person saw it
	 */
	public record Imported(int decisions, int dismissed, int confirmed, List<String> oneReviewerOnly) {

		public Imported {
			oneReviewerOnly = List.copyOf(oneReviewerOnly);
		}

	}

}
