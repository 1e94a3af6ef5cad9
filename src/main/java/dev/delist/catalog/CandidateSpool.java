package dev.delist.catalog;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The candidates a catalog import finds while its COPY runs, kept as COPY text until the listings are in: in
 * memory up to a few megabytes, then in a temporary file, so a catalog where every line matches something still
 * imports in a flat heap. Deleted when closed.
 */
final class CandidateSpool implements AutoCloseable {

	private static final int IN_MEMORY = 8 << 20;

	private ByteArrayOutputStream memory = new ByteArrayOutputStream(1 << 16);

	private Path file;

	private OutputStream out;

	private long bytes;

	synchronized void write(byte[] rows) {
		try {
			if (this.out == null && this.memory.size() + rows.length > IN_MEMORY) {
				this.file = Files.createTempFile("delist-candidates-", ".csv");
				this.out = new BufferedOutputStream(Files.newOutputStream(this.file), 1 << 16);
				this.memory.writeTo(this.out);
				this.memory = null;
			}
			if (this.out != null) {
				this.out.write(rows);
			}
			else {
				this.memory.write(rows);
			}
			this.bytes += rows.length;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the catalog's candidates in a temporary file: "
					+ ex.getMessage(), ex);
		}
	}

	synchronized long size() {
		return this.bytes;
	}

	/** Everything written, from the start; call once writing is over. */
	synchronized InputStream read() throws IOException {
		if (this.out == null) {
			return new ByteArrayInputStream(this.memory.toByteArray());
		}
		this.out.flush();
		return Files.newInputStream(this.file);
	}

	@Override
	public synchronized void close() {
		try {
			if (this.out != null) {
				this.out.close();
			}
			if (this.file != null) {
				Files.deleteIfExists(this.file);
			}
		}
		catch (IOException ex) {
			// a temporary file left behind is the operating system's to clean
		}
	}

}
