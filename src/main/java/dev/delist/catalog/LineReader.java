package dev.delist.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a catalog line by line as raw UTF-8 bytes, in a buffer of 1 MB, with a cap on the line length in
 * characters, so one runaway line (a file without newlines, a binary file) is reported and skipped instead of
 * filling the heap. A line is only decoded when someone asks for its text: the common JSON line is read from its
 * bytes ({@link JsonFields}). The current line is valid until the next call of {@link #next()}.
 */
final class LineReader implements AutoCloseable {

	private final InputStream in;

	private final int maxChars;

	/** A character takes at most three bytes of UTF-8 (four for two chars), so a longer line is over the cap. */
	private final int maxBytes;

	private byte[] buffer = new byte[1 << 20];

	/** Where the unread bytes of the buffer start and end. */
	private int position;

	private int limit;

	private boolean eof;

	private int start;

	private int end;

	private boolean overlong;

	private boolean terminated;

	private String text;

	private long lineNumber;

	/** Where in the file the buffer's first byte is, and where lines stop being this reader's. */
	private long bufferOffset;

	private final long stopOffset;

	LineReader(InputStream in, int maxChars) {
		this(in, maxChars, 0, Long.MAX_VALUE);
	}

	/**
	 * @param offset where in the file {@code in} starts
	 * @param stopOffset a line that starts at or after this offset is not read (it is the next shard's)
	 */
	LineReader(InputStream in, int maxChars, long offset, long stopOffset) {
		this.in = in;
		this.maxChars = maxChars;
		this.maxBytes = 3 * maxChars + 4;
		this.bufferOffset = offset;
		this.stopOffset = stopOffset;
	}

	/** Skips the rest of the line {@code in} starts in, without counting it: it is the previous shard's. */
	void skipPartialLine() throws IOException {
		if (next()) {
			this.lineNumber--;
		}
	}

	/** @return where in the file lines stop being this reader's */
	long stopOffset() {
		return this.stopOffset;
	}

	/** @return where in the file the next line starts */
	long offset() {
		return this.bufferOffset + this.position;
	}

	/** @return whether there is a next line, which becomes the current one */
	boolean next() throws IOException {
		this.text = null;
		this.overlong = false;
		if (offset() >= this.stopOffset) {
			return false;
		}
		int from = this.position;
		int scan = from;
		while (true) {
			int newline = indexOfNewline(this.buffer, scan, this.limit);
			if (newline >= 0) {
				finish(from, newline, true);
				this.position = newline + 1;
				return true;
			}
			if (this.overlong || this.limit - from > this.maxBytes) {
				// over the cap whatever its characters: drop what was read and look for the end of the line
				this.overlong = true;
				this.bufferOffset += this.limit;
				from = 0;
				this.position = 0;
				this.limit = 0;
			}
			else if (from > 0) {
				System.arraycopy(this.buffer, from, this.buffer, 0, this.limit - from);
				this.bufferOffset += from;
				this.limit -= from;
				this.position = 0;
				from = 0;
			}
			scan = this.limit;
			if (!fill()) {
				if (this.limit == from && !this.overlong) {
					return false;
				}
				finish(from, this.limit, false);
				this.position = this.limit;
				return true;
			}
		}
	}

	private void finish(int from, int to, boolean withNewline) {
		this.lineNumber++;
		this.terminated = withNewline;
		this.start = from;
		int length = to - from;
		if (!this.overlong && length > this.maxChars) {
			// between the cap in bytes and the cap in characters: only the decoded length can tell
			this.overlong = new String(this.buffer, from, length, StandardCharsets.UTF_8).length() > this.maxChars;
		}
		// a CR before the LF ends the line too (files written on Windows); it counted against the cap above
		this.end = (!this.overlong && to > from && this.buffer[to - 1] == '\r') ? to - 1 : to;
		if (this.overlong) {
			this.end = from;
		}
	}

	private boolean fill() throws IOException {
		if (this.eof) {
			return false;
		}
		if (this.limit == this.buffer.length) {
			byte[] larger = new byte[this.buffer.length * 2];
			System.arraycopy(this.buffer, 0, larger, 0, this.limit);
			this.buffer = larger;
		}
		int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
		if (read < 0) {
			this.eof = true;
			return false;
		}
		this.limit += read;
		return true;
	}

	private static int indexOfNewline(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	/** @return the buffer holding the current line's bytes from {@link #start()} to {@link #end()} */
	byte[] bytes() {
		return this.buffer;
	}

	int start() {
		return this.start;
	}

	int end() {
		return this.end;
	}

	/** Whether the current line is longer than the cap; its text is dropped. */
	boolean overlong() {
		return this.overlong;
	}

	/** Whether the current line ended with a line break; the last line of a file that was cut short does not. */
	boolean terminated() {
		return this.terminated;
	}

	/** The current line decoded; bytes that are not UTF-8 become U+FFFD. */
	String text() {
		if (this.text == null) {
			this.text = new String(this.buffer, this.start, this.end - this.start, StandardCharsets.UTF_8);
		}
		return this.text;
	}

	/** Whether the current line is empty or white space only, as {@link String#isBlank()} says. */
	boolean isBlank() {
		for (int i = this.start; i < this.end; i++) {
			byte c = this.buffer[i];
			if (c < 0) {
				return text().isBlank();
			}
			if (!Character.isWhitespace(c)) {
				return false;
			}
		}
		return true;
	}

	/** @return the number of the current line, counting from 1 */
	long lineNumber() {
		return this.lineNumber;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
