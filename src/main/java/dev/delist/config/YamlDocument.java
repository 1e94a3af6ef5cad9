package dev.delist.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML file an operator edits, read so that every problem can be reported with the file, the line and the
 * field it is in: binding errors come from Jackson with their location, and later checks look up the line of
 * any field by its path ({@code entries[3].identifiers[0].value}).
 */
public final class YamlDocument {

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		// a lenient LocalDate reads `date: 20210219` as day 20,210,219 after 1970: refuse numbers
		.withConfigOverride(LocalDate.class, (override) -> override.setFormat(JsonFormat.Value.forLeniency(false)))
		.build();

	private final Path file;

	private final byte[] bytes;

	private final Map<String, Integer> lines = new HashMap<>();

	private YamlDocument(Path file, byte[] bytes) {
		this.file = file;
		this.bytes = bytes;
	}

	public static YamlDocument read(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new InputException(file + ": cannot read the file (" + reason(ex) + ")", ex);
		}
		return of(file, bytes);
	}

	/** Why a file could not be read, without repeating its path (the message starts with it already). */
	private static String reason(IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return "no such file; a dangling link?";
		}
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return ex.getClass().getSimpleName() + ": " + ex.getMessage();
	}

	/** A document from bytes already read, e.g. a list version stored in the database; {@code file} names it. */
	public static YamlDocument of(Path file, byte[] bytes) {
		YamlDocument document = new YamlDocument(file, bytes);
		document.indexLines();
		return document;
	}

	public Path file() {
		return this.file;
	}

	public String text() {
		return new String(this.bytes, StandardCharsets.UTF_8);
	}

	public String sha256() {
		return Sha256.hex(this.bytes);
	}

	public <T> T bind(Class<T> type) {
		if (this.lines.isEmpty()) {
			// nothing but comments or blank lines; Jackson 3 would report an end-of-input error instead
			throw new InputException(this.file + ":1: the file is empty");
		}
		try {
			T value = MAPPER.readValue(this.bytes, type);
			if (value == null) {
				throw new InputException(this.file + ":1: the file is empty");
			}
			return value;
		}
		catch (JacksonException ex) {
			String path = pathOf(ex);
			int line = lineOf(ex, path);
			throw new InputException(this.file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ")
					+ describe(ex), ex);
		}
	}

	/** An error about the field at {@code path}, located at its line (or its nearest parent's). */
	public InputException error(String path, String message) {
		return new InputException(this.file + ":" + lineOf(path) + ": " + path + ": " + message);
	}

	public int lineOf(String path) {
		String pointer = toPointer(path);
		while (true) {
			Integer line = this.lines.get(pointer);
			if (line != null) {
				return line;
			}
			if (pointer.isEmpty()) {
				return 1;
			}
			pointer = pointer.substring(0, pointer.lastIndexOf('/'));
		}
	}

	/**
	 * The line of a binding error: the field's own line when the path names one (records buffer their
	 * properties, so Jackson's location can be the end of the object), else Jackson's location.
	 */
	private int lineOf(JacksonException ex, String path) {
		Integer exact = path.isEmpty() ? null : this.lines.get(toPointer(path));
		if (exact != null) {
			return exact;
		}
		if (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) {
			return ex.getLocation().getLineNr();
		}
		return lineOf(path);
	}

	private void indexLines() {
		try (JsonParser parser = MAPPER.createParser(this.bytes)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				String pointer = parser.streamReadContext().pathAsPointer().toString();
				this.lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
			}
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 1;
			throw new InputException(this.file + ":" + line + ": malformed YAML: " + firstLine(ex.getOriginalMessage()),
					ex);
		}
	}

	private static String pathOf(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** Jackson's messages name Java classes; operators edit YAML, so say it in their terms where we can. */
	private static String describe(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			String known = (unknown.getKnownPropertyIds() != null)
					? unknown.getKnownPropertyIds().stream().map(String::valueOf).collect(Collectors.joining(", ")) : "";
			return "unknown key '" + unknown.getPropertyName() + "'" + (known.isEmpty() ? "" : " (known: " + known + ")");
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
			Class<?> target = invalid.getTargetType();
			if (target.isEnum()) {
				return "'" + invalid.getValue() + "' is not one of: " + String.join(", ", enumValues(target));
			}
			if (target == LocalDate.class) {
				return "'" + invalid.getValue() + "' is not a valid date (YYYY-MM-DD)";
			}
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() == LocalDate.class) {
			return "not a valid date (YYYY-MM-DD)";
		}
		return firstLine(ex.getOriginalMessage());
	}

	/** The values an enum accepts in YAML: its {@code @JsonProperty} names, else the constant names. */
	private static List<String> enumValues(Class<?> type) {
		List<String> values = new ArrayList<>();
		for (Field field : type.getFields()) {
			if (field.isEnumConstant()) {
				JsonProperty property = field.getAnnotation(JsonProperty.class);
				values.add((property != null) ? property.value() : field.getName());
			}
		}
		return values;
	}

	private static String toPointer(String path) {
		if (path.isEmpty()) {
			return "";
		}
		return "/" + path.replace("[", ".").replace("]", "").replace('.', '/');
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "invalid value";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
