package dev.delist.review;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.delist.config.InputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code review import}: loads a reviewer's CSV into the disposition history, all or nothing. A row that names
 * no known candidate is refused, so a typo can never stand for a decision that silently suppresses nothing.
 */
@Service
public class ReviewImporter {

	private final DispositionRepository dispositions;

	private final Clock clock;

	public ReviewImporter(DispositionRepository dispositions, Clock clock) {
		this.dispositions = dispositions;
		this.clock = clock;
	}

	/** @throws ReviewImportException naming every bad row; then nothing was imported (the transaction rolls back) */
	@Transactional
	public Imported importFile(Path file) {
		List<ReviewRow> rows = ReviewCsv.read(file.toString(), read(file));
		List<String> problems = new ArrayList<>();
		int dismissed = 0;
		for (ReviewRow row : rows) {
			if (this.dispositions.record(row, this.clock.instant()) == 0) {
				problems.add(row.source() + ": no such candidate: " + row.store() + " appId " + row.appId() + ", "
						+ row.listId() + "/" + row.entryId() + ((row.country() != null) ? " in " + row.country() : "")
						+ " — check the report");
			}
			if (row.decision() == Decision.DISMISSED) {
				dismissed++;
			}
		}
		if (!problems.isEmpty()) {
			throw new ReviewImportException(file.toString(), problems);
		}
		return new Imported(rows.size(), dismissed, rows.size() - dismissed);
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

	/** @param decisions rows of the file; each may apply in several countries */
	public record Imported(int decisions, int dismissed, int confirmed) {
	}

}
