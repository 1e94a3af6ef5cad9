package dev.delist.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A table too long for one page: the first {@code pageSize} rows go onto the page being written, later rows
 * onto numbered static pages ({@code <stem>-2.html}, ...) beside it, so a reader without JavaScript can still
 * page through 100,000 candidates and a browser never has to lay out more than one page of rows.
 */
final class PagedTable<T> implements ReportRows.Sink<T> {

	/** Writes what surrounds the rows of one page: on page 1 just the table, on later pages a whole document. */
	interface Frame {

		void open(Writer out, int page) throws IOException;

		void close(Writer out, int page) throws IOException;

	}

	interface RowWriter<T> {

		void write(T row, Writer out) throws IOException;

	}

	private final Writer first;

	private final Path dir;

	private final String stem;

	private final int pageSize;

	private final Frame frame;

	private final RowWriter<T> rowWriter;

	private final List<String> files = new ArrayList<>();

	private ReportFiles.Partial current;

	private Writer out;

	private int page = 1;

	private long rows;

	PagedTable(Writer first, Path dir, String stem, int pageSize, Frame frame, RowWriter<T> rowWriter)
			throws IOException {
		this.first = first;
		this.dir = dir;
		this.stem = stem;
		this.pageSize = pageSize;
		this.frame = frame;
		this.rowWriter = rowWriter;
		this.out = first;
		frame.open(first, 1);
	}

	static int pages(long total, int pageSize) {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	/** The file holding page {@code page}; page 1 is the report itself. */
	static String fileName(String stem, int page) {
		return (page == 1) ? "report.html" : stem + "-" + page + ".html";
	}

	@Override
	public void accept(T row) throws IOException {
		if (this.rows > 0 && this.rows % this.pageSize == 0) {
			endPage();
			this.page++;
			this.current = ReportFiles.open(this.dir.resolve(fileName(this.stem, this.page)));
			this.out = this.current.writer();
			this.frame.open(this.out, this.page);
		}
		this.rowWriter.write(row, this.out);
		this.rows++;
	}

	/** @return the page files written besides the report itself */
	List<String> finish() throws IOException {
		endPage();
		return this.files;
	}

	private void endPage() throws IOException {
		this.frame.close(this.out, this.page);
		if (this.current != null) {
			this.current.commit();
			this.files.add(fileName(this.stem, this.page));
			this.current = null;
			this.out = this.first;
		}
	}

}
