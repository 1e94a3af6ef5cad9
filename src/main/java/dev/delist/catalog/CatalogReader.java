package dev.delist.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.delist.config.InputException;

/**
 * Streams a catalog file record by record, each either a valid listing or a bad line with its line number.
 * Holds one line at a time plus a fingerprint per key for duplicates, so files of millions of lines read in a
 * small heap. A problem with the file as a whole (missing, unreadable, a CSV header without the fields) is an
 * {@link InputException} at once.
 */
public final class CatalogReader implements AutoCloseable {

	/** A line may hold nine fields of {@link ListingValidator#MAX_FIELD_CHARS} plus quoting. */
	static final int MAX_LINE_CHARS = 64 * 1024;

	/** What {@link #nextLine()} returns for a line longer than the cap. */
	private static final String OVERLONG = new String("<overlong>");

	private final String file;

	private final LineReader lines;

	private final CatalogFormat format;

	private final KeyFingerprints keys = new KeyFingerprints();

	/** CSV: where each of {@link ListingValidator#FIELDS} is in a record; -1 for JSON Lines */
	private final int[] columns;

	private int headerColumns;

	/** The first non-blank line, read to detect the format, not yet returned, without a byte order mark. */
	private String pending;

	/** Lines of the file before this reader's first: 0 for a whole file, unknown (-1) until needed for a shard. */
	private long lineBase;

	/** Where this reader's first line starts in the file, and where its last ends. */
	private long firstLineOffset;

	private long endOffset;

	private long validLines;

	/** Lines read before the file's length is extrapolated from them. */
	private static final int SAMPLE_LINES = 50_000;

	private final Path path;

	private CatalogReader(Path path, LineReader lines) throws IOException {
		this(path, lines, true);
	}

	/** @param fileStart whether the reader starts at the file's start, where the format and a CSV header are */
	private CatalogReader(Path path, LineReader lines, boolean fileStart) throws IOException {
		this.file = path.toString();
		this.path = path;
		this.lines = lines;
		this.endOffset = Math.min(lines.stopOffset(), Files.size(path));
		if (!fileStart) {
			this.format = CatalogFormat.JSON_LINES;
			this.columns = new int[0];
			this.lineBase = -1;
			this.firstLineOffset = lines.offset();
			return;
		}
		String first = nextNonBlank() ? (this.lines.overlong() ? OVERLONG : this.lines.text()) : null;
		if (first != null && first != OVERLONG && first.startsWith("\uFEFF")) {
			first = first.substring(1); // a byte order mark, as spreadsheet programs write it
		}
		String trimmed = (first == null || first == OVERLONG) ? "" : first.stripLeading();
		this.format = CatalogFormat.detect(path.getFileName().toString(), trimmed.isEmpty() ? -1 : trimmed.charAt(0));
		this.columns = new int[ListingValidator.FIELDS.size()];
		Arrays.fill(this.columns, -1);
		if (this.format == CatalogFormat.CSV) {
			readHeader(first);
		}
		else {
			this.pending = first;
		}
	}

	public static CatalogReader open(Path path) {
		try {
			return new CatalogReader(path, new LineReader(Files.newInputStream(path), MAX_LINE_CHARS));
		}
		catch (NoSuchFileException ex) {
			throw new InputException("--catalog: " + path + ": no such file");
		}
		catch (IOException ex) {
			throw new InputException("--catalog: " + path + ": cannot read it (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * One shard's part of a JSON Lines catalog: the lines that start in its share of the file's bytes, so each of
	 * N processes reads about 1/N of the file and the shards together read every line once. Line numbers in
	 * messages count from the file's start; a key is checked for duplicates within its shard only.
	 *
	 * @param index the shard, from 0
	 * @param count how many shards the file is split into
	 */
	public static CatalogReader open(Path path, int index, int count) {
		if (count <= 1) {
			return open(path);
		}
		try (CatalogReader whole = open(path)) {
			if (whole.format() == CatalogFormat.CSV) {
				throw new InputException("--catalog: " + path + ": a CSV catalog cannot be split into shards (a "
						+ "quoted field may hold line breaks); use JSON Lines for a sharded run");
			}
		}
		try {
			long size = Files.size(path);
			long start = size * index / count;
			long end = size * (index + 1) / count;
			InputStream in = Files.newInputStream(path);
			// from the byte before the share: the line it is in belongs to the shard before, unless it is a line break
			long from = Math.max(0, start - 1);
			in.skipNBytes(from);
			LineReader lines = new LineReader(in, MAX_LINE_CHARS, from, end);
			if (start > 0) {
				lines.skipPartialLine();
			}
			return new CatalogReader(path, lines, false);
		}
		catch (IOException ex) {
			throw new InputException("--catalog: " + path + ": cannot read it (" + ex.getMessage() + ")", ex);
		}
	}

	public CatalogFormat format() {
		return this.format;
	}

	public String file() {
		return this.file;
	}

	/** @return the line last read, counting from 1 (from this shard's first line in a shard) */
	public long lineNumber() {
		return this.lines.lineNumber();
	}

	/** A shard's line number as the file's: the lines before the shard are counted once, when a message needs it. */
	private long absolute(long line) throws IOException {
		if (this.lineBase < 0) {
			long newlines = 0;
			byte[] buffer = new byte[1 << 20];
			try (InputStream in = Files.newInputStream(this.path)) {
				long left = this.firstLineOffset;
				while (left > 0) {
					int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
					if (read < 0) {
						break;
					}
					for (int i = 0; i < read; i++) {
						if (buffer[i] == '\n') {
							newlines++;
						}
					}
					left -= read;
				}
			}
			this.lineBase = newlines;
		}
		return this.lineBase + line;
	}

	/** @return the next record, or null at the end of the file; blank lines are skipped */
	public CatalogRow next() {
		try {
			CatalogRow row = (this.format == CatalogFormat.CSV) ? nextCsv() : nextJson();
			if (row instanceof CatalogRow.Valid valid) {
				var listing = valid.listing();
				if (++this.validLines == SAMPLE_LINES) {
					// the lines so far tell how many the rest of the file has: size the duplicate table once
					long read = Math.max(1, this.lines.offset() - this.firstLineOffset);
					this.keys.expect((long) (1.1 * this.lines.lineNumber() * (this.endOffset - this.firstLineOffset) / read));
				}
				long first = this.keys.putIfAbsent(listing.store().id(), listing.country(), listing.appId(),
						valid.line());
				if (first != 0) {
					return new CatalogRow.Bad(absolute(valid.line()), "appId",
							listing.store().id() + " " + listing.country() + " " + listing.appId()
									+ " is already on line " + absolute(first),
							listing.store().id(), listing.country());
				}
			}
			else if (row instanceof CatalogRow.Bad bad && this.lineBase != 0) {
				return new CatalogRow.Bad(absolute(bad.line()), bad.field(), bad.problem(), bad.store(), bad.country());
			}
			return row;
		}
		catch (IOException ex) {
			throw new InputException("--catalog: " + this.file + ": cannot read it after line "
					+ this.lines.lineNumber() + " (" + ex.getMessage() + ")", ex);
		}
	}

	/** Moves to the next line that is not blank; false at the end of the file. */
	private boolean nextNonBlank() throws IOException {
		while (this.lines.next()) {
			if (this.lines.overlong() || !this.lines.isBlank()) {
				return true;
			}
		}
		return false;
	}

	/** @return the next non-blank line's text, {@link #OVERLONG}, or null at the end of the file */
	private String nextLine() throws IOException {
		if (this.pending != null) {
			String line = this.pending;
			this.pending = null;
			return line;
		}
		if (!nextNonBlank()) {
			return null;
		}
		return this.lines.overlong() ? OVERLONG : this.lines.text();
	}

	/**
	 * Reads the common JSON line straight from its bytes, anything else (and the first line, which may carry a
	 * byte order mark) through Jackson, which names what is wrong with it.
	 */
	private CatalogRow nextJson() throws IOException {
		long line;
		CatalogRow row;
		if (this.pending != null) {
			String text = this.pending;
			this.pending = null;
			line = this.lines.lineNumber();
			row = (text == OVERLONG) ? overlong(line) : JsonLine.parse(line, text);
		}
		else {
			if (!nextNonBlank()) {
				return null;
			}
			line = this.lines.lineNumber();
			if (this.lines.overlong()) {
				row = overlong(line);
			}
			else {
				String[] values = new String[ListingValidator.FIELDS.size()];
				int plain = JsonFields.readFields(this.lines.bytes(), this.lines.start(), this.lines.end(), values);
				row = (plain >= 0) ? ListingValidator.validate(line, values, plain) : JsonLine.parse(line, this.lines.text());
			}
		}
		return cutShort(row);
	}

	/** A bad last line without a line break is most likely a file that stopped mid-line: say so. */
	private CatalogRow cutShort(CatalogRow row) {
		if (row instanceof CatalogRow.Bad bad && !this.lines.terminated() && bad.line() == this.lines.lineNumber()) {
			return new CatalogRow.Bad(bad.line(), bad.field(), bad.problem()
					+ " (the file ends in this line, without a line break: was it cut short?)", bad.store(), bad.country());
		}
		return row;
	}

	private CatalogRow nextCsv() throws IOException {
		String text = nextLine();
		if (text == null) {
			return null;
		}
		long line = this.lines.lineNumber();
		if (text == OVERLONG) {
			return cutShort(overlong(line));
		}
		List<String> fields = new ArrayList<>(this.headerColumns);
		String problem = CsvRecord.split(text, fields);
		StringBuilder record = null;
		// a quoted field may hold line breaks: the record goes on on the next line
		while (CsvRecord.UNTERMINATED.equals(problem)) {
			String more = this.lines.next() ? (this.lines.overlong() ? OVERLONG : this.lines.text()) : null;
			if (more == null) {
				return ListingValidator.bad(line, "line", "a quoted field is not closed before the end of the file",
						null);
			}
			if (record == null) {
				record = new StringBuilder(text);
			}
			if (more == OVERLONG || record.length() + more.length() + 1 > MAX_LINE_CHARS) {
				return ListingValidator.bad(line, "line", "a quoted field is not closed within "
						+ MAX_LINE_CHARS + " characters (to line " + this.lines.lineNumber() + ")", null);
			}
			record.append('\n').append(more);
			fields.clear();
			problem = CsvRecord.split(record, fields);
		}
		if (problem != null) {
			return cutShort(ListingValidator.bad(line, "line", problem, null));
		}
		if (fields.size() != this.headerColumns) {
			return cutShort(ListingValidator.bad(line, "line", "has " + fields.size() + " fields, the header has "
					+ this.headerColumns, null));
		}
		String[] values = new String[this.columns.length];
		for (int i = 0; i < this.columns.length; i++) {
			values[i] = fields.get(this.columns[i]);
		}
		return cutShort(ListingValidator.validate(line, values));
	}

	private void readHeader(String header) {
		long line = this.lines.lineNumber();
		String where = "--catalog: " + this.file + ":" + line + ": header: ";
		if (header == null) {
			throw new InputException("--catalog: " + this.file + ": the file is empty");
		}
		if (header == OVERLONG) {
			throw new InputException(where + "longer than " + MAX_LINE_CHARS + " characters; is it a catalog file?");
		}
		List<String> names = new ArrayList<>();
		String problem = CsvRecord.split(header, names);
		if (problem != null) {
			throw new InputException(where + problem);
		}
		this.headerColumns = names.size();
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < this.columns.length; i++) {
			this.columns[i] = names.stream().map(String::strip).toList().indexOf(ListingValidator.FIELDS.get(i));
			if (this.columns[i] < 0) {
				missing.add(ListingValidator.FIELDS.get(i));
			}
		}
		if (!missing.isEmpty()) {
			throw new InputException(where + "no column " + String.join(", ", missing)
					+ " (a catalog CSV starts with a header naming: " + String.join(",", ListingValidator.FIELDS)
					+ ")");
		}
	}

	private static CatalogRow overlong(long line) {
		return ListingValidator.bad(line, "line", "longer than " + MAX_LINE_CHARS + " characters", null);
	}

	@Override
	public void close() {
		try {
			this.lines.close();
		}
		catch (IOException ex) {
			// read-only: nothing is lost
		}
	}

}
