package dev.delist.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes report files so that a reader never sees half a file: each is written beside its final name and
 * moved into place when complete.
 */
final class ReportFiles {

	static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ReportFiles() {
	}

	@FunctionalInterface
	interface Content {

		void writeTo(Writer writer) throws IOException;

	}

	static void write(Path file, Content content) throws IOException {
		Partial partial = open(file);
		try {
			content.writeTo(partial.writer());
		}
		catch (IOException | RuntimeException ex) {
			partial.abandon();
			throw ex;
		}
		partial.commit();
	}

	static void writeJson(Path file, Object value) throws IOException {
		write(file, (writer) -> JSON.writeValue(writer, value));
	}

	/** A file being written under a temporary name; {@link #commit()} moves it into place. */
	static Partial open(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		return new Partial(file, partial, Files.newBufferedWriter(partial, StandardCharsets.UTF_8));
	}

	record Partial(Path file, Path partial, Writer writer) {

		void commit() throws IOException {
			this.writer.close();
			Files.move(this.partial, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}

		void abandon() throws IOException {
			this.writer.close();
			Files.deleteIfExists(this.partial);
		}

	}

}
