package dev.delist.catalog;

import java.util.Arrays;

/**
 * A growable byte buffer for rows in PostgreSQL's binary COPY format (network byte order), reused block after
 * block so an import of millions of rows allocates a few of them.
 */
final class RowBuffer {

	private byte[] bytes;

	private int length;

	RowBuffer(int capacity) {
		this.bytes = new byte[capacity];
	}

	byte[] bytes() {
		return this.bytes;
	}

	int length() {
		return this.length;
	}

	void clear() {
		this.length = 0;
	}

	void setLength(int length) {
		this.length = length;
	}

	void ensure(int more) {
		if (this.length + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
		}
	}

	void put(int b) {
		ensure(1);
		this.bytes[this.length++] = (byte) b;
	}

	void putShort(int value) {
		ensure(2);
		this.bytes[this.length++] = (byte) (value >>> 8);
		this.bytes[this.length++] = (byte) value;
	}

	void putInt(int value) {
		ensure(4);
		putIntAt(this.length, value);
		this.length += 4;
	}

	void putIntAt(int at, int value) {
		this.bytes[at] = (byte) (value >>> 24);
		this.bytes[at + 1] = (byte) (value >>> 16);
		this.bytes[at + 2] = (byte) (value >>> 8);
		this.bytes[at + 3] = (byte) value;
	}

	void putLong(long value) {
		putInt((int) (value >>> 32));
		putInt((int) value);
	}

	void put(byte[] source, int from, int count) {
		ensure(count);
		System.arraycopy(source, from, this.bytes, this.length, count);
		this.length += count;
	}

	/**
	 * Appends {@code value} as UTF-8. Unpaired surrogates never reach here: a listing replaced them.
	 *
	 * @return whether it holds a '"' or a '\\', which JSON escapes
	 */
	boolean putUtf8(String value) {
		int n = value.length();
		ensure(3 * n);
		byte[] out = this.bytes;
		int at = this.length;
		int i = 0;
		while (i < n) {
			char c = value.charAt(i);
			if (c >= 0x80) {
				return putUtf8Chars(value);
			}
			out[at + i] = (byte) c;
			i++;
		}
		this.length = at + n;
		return value.indexOf('"') >= 0 || value.indexOf('\\') >= 0;
	}

	private boolean putUtf8Chars(String value) {
		int n = value.length();
		byte[] out = this.bytes;
		int at = this.length;
		boolean quote = false;
		for (int i = 0; i < n; i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				quote |= c == '"' || c == '\\';
				out[at++] = (byte) c;
			}
			else if (c < 0x800) {
				out[at++] = (byte) (0xC0 | (c >> 6));
				out[at++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
				int cp = Character.toCodePoint(c, value.charAt(++i));
				out[at++] = (byte) (0xF0 | (cp >> 18));
				out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
				out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
				out[at++] = (byte) (0x80 | (cp & 0x3F));
			}
			else {
				out[at++] = (byte) (0xE0 | (c >> 12));
				out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				out[at++] = (byte) (0x80 | (c & 0x3F));
			}
		}
		this.length = at;
		return quote;
	}

	/** Appends bytes already UTF-8 as a JSON string's content: '"' and '\\' escaped. */
	void putJsonEscaped(byte[] source, int from, int count) {
		ensure(2 * count);
		for (int i = from; i < from + count; i++) {
			byte b = source[i];
			if (b == '"' || b == '\\') {
				this.bytes[this.length++] = '\\';
			}
			this.bytes[this.length++] = b;
		}
	}

}
