package dev.delist.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Service;

/**
 * The hand-off export of confirmed takedowns ({@code delist review export}, the workbench's download): every
 * candidate whose decision in force is CONFIRMED and that is a takedown candidate, for a store or all, decided
 * within a range of days, as CSV or JSON. Rows are streamed from the database to the output one at a time.
 */
@Service
public class TakedownExport {

	private final TakedownRepository takedowns;

	TakedownExport(TakedownRepository takedowns) {
		this.takedowns = takedowns;
	}

	/**
	 * Writes the export as UTF-8 to {@code out}, flushed and left open (a servlet response's stream, a file).
	 *
	 * @return the number of takedowns written
	 * @throws IOException when {@code out} fails; what was written is then incomplete (a JSON export is left
	 * unterminated, so it cannot pass for a whole one)
	 */
	public long write(ExportQuery query, ExportFormat format, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		long count = write(query, format, writer);
		writer.flush();
		return count;
	}

	/** As {@link #write(ExportQuery, ExportFormat, OutputStream)}, to characters; flushed and left open. */
	public long write(ExportQuery query, ExportFormat format, Writer out) throws IOException {
		long[] count = { 0 };
		if (format == ExportFormat.CSV) {
			TakedownCsv.header(out);
			this.takedowns.each(query, (takedown) -> {
				TakedownCsv.row(takedown, out);
				count[0]++;
			});
		}
		else {
			TakedownJson json = new TakedownJson(query, out);
			this.takedowns.each(query, (takedown) -> {
				json.row(takedown);
				count[0]++;
			});
			json.finish();
		}
		out.flush();
		return count[0];
	}

}
