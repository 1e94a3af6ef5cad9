package dev.delist.catalog;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a catalog line by line with a cap on the line length, so one runaway line (a file without newlines, a
 * binary file) is reported and skipped instead of filling the heap.
 */
final class LineReader implements AutoCloseable {

	/** What {@link #readLine()} returns for a line longer than the cap; its text is dropped. */
	static final String OVERLONG = new String("<overlong>");

	private final Reader in;

	private final int maxChars;

	private final char[] buffer = new char[1 << 16];

	private final StringBuilder line = new StringBuilder(256);

	private int position;

	private int limit;

	private long lineNumber;

	LineReader(Reader in, int maxChars) {
		this.in = in;
		this.maxChars = maxChars;
	}

	/** @return the next line without its terminator, {@link #OVERLONG}, or null at the end of the file */
	String readLine() throws IOException {
		this.line.setLength(0);
		boolean overlong = false;
		boolean any = false;
		while (true) {
			if (this.position == this.limit && !fill()) {
				if (!any) {
					return null;
				}
				break;
			}
			any = true;
			int start = this.position;
			int end = start;
			while (end < this.limit && this.buffer[end] != '\n') {
				end++;
			}
			if (!overlong) {
				if (this.line.length() + (end - start) > this.maxChars) {
					overlong = true;
					this.line.setLength(0);
				}
				else {
					this.line.append(this.buffer, start, end - start);
				}
			}
			if (end < this.limit) {
				this.position = end + 1;
				break;
			}
			this.position = end;
		}
		this.lineNumber++;
		if (overlong) {
			return OVERLONG;
		}
		int length = this.line.length();
		if (length > 0 && this.line.charAt(length - 1) == '\r') {
			this.line.setLength(length - 1);
		}
		return this.line.toString();
	}

	/** @return the number of the line last read, counting from 1 */
	long lineNumber() {
		return this.lineNumber;
	}

	private boolean fill() throws IOException {
		int read = this.in.read(this.buffer);
		if (read <= 0) {
			return false;
		}
		this.position = 0;
		this.limit = read;
		return true;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
