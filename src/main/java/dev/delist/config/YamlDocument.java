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
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML file an operator edits, read so that every problem can be reported with the file, the line and the
 * field it is in: binding errors come from Jackson with their location, and later checks look up the line of
 * any field by its path ({@code entries[3].identifiers[0].value}).
 * <p>
 * Strict: a key given twice, an anchor, an alias or a merge key is an error with its line. YAML would let the
 * last of two keys win (a second {@code stores:} silently drops a store) and read {@code name: *t} as the text
 * "t"; a list a reviewer reads line by line must mean what its lines say.
 */
public final class YamlDocument {

	/**
	 * The largest list or job file: far above the shipped files and a 10,000-entity CSL import (about 10 MB),
	 * low enough that a file which is not a list is refused before it is parsed into memory.
	 */
	public static final int MAX_BYTES = 64 * 1024 * 1024;

	/** SnakeYAML's own default is 3 MB, which a CSL import outgrows; ours is {@link #MAX_BYTES}. */
	private static final LoadSettings LOAD_SETTINGS = LoadSettings.builder().setCodePointLimit(MAX_BYTES).build();

	private static final YAMLMapper MAPPER = YAMLMapper
		.builder(YAMLFactory.builder().loadSettings(LOAD_SETTINGS).build())
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
		return of(file, readBytes(file));
	}

	/** The file's bytes, refused as {@link #read} refuses them, for a caller that may not need them parsed. */
	public static byte[] readBytes(Path file) {
		try {
			refuseIfNotARegularFile(file);
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new InputException(file + ": cannot read the file (" + reason(ex) + ")", ex);
		}
	}

	/**
	 * A FIFO would block the read for ever, a device might never end: only plain files (or links to them). A
	 * directory fails the read at once, with its own message.
	 */
	private static void refuseIfNotARegularFile(Path file) throws IOException {
		if (!Files.exists(file)) {
			return; // the read says why: no such file, a dangling link, a loop of links
		}
		if (!Files.isRegularFile(file) && !Files.isDirectory(file)) {
			throw new InputException(file + ": not a regular file (a FIFO, socket or device?); give a YAML file");
		}
		if (Files.size(file) > MAX_BYTES) {
			throw new InputException(file + ": " + Files.size(file) + " bytes, larger than a list or job file may be ("
					+ MAX_BYTES + ")");
		}
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
		if (bytes.length > MAX_BYTES) {
			throw new InputException(file + ": " + bytes.length + " bytes, larger than a list or job file may be ("
					+ MAX_BYTES + ")");
		}
		YamlDocument document = new YamlDocument(file, bytes);
		document.indexLines();
		document.refuseAnchorsAndAliases();
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

	/**
	 * Maps each path to its line, and refuses a key given twice in one mapping (naming both lines) and merge keys.
	 * Its parser leaves duplicates to this method, for a better message than Jackson's; binding has Jackson's
	 * strict detection as well.
	 */
	private void indexLines() {
		Map<String, Integer> keys = new HashMap<>();
		try (JsonParser parser = MAPPER.reader()
			.without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.createParser(this.bytes)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				String pointer = parser.streamReadContext().pathAsPointer().toString();
				int line = parser.currentTokenLocation().getLineNr();
				if (token == JsonToken.PROPERTY_NAME) {
					refuseKey(parser.currentName(), pointer, line, keys);
				}
				this.lines.putIfAbsent(pointer, line);
			}
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 1;
			throw new InputException(this.file + ":" + line + ": malformed YAML: " + firstLine(ex.getOriginalMessage()),
					ex);
		}
	}

	private void refuseKey(String name, String pointer, int line, Map<String, Integer> keys) {
		if ("<<".equals(name)) {
			throw new InputException(this.file + ":" + line + ": " + toPath(pointer) + ": merge keys (<<) are not "
					+ "supported; write the keys out");
		}
		Integer first = keys.putIfAbsent(pointer, line);
		if (first != null) {
			throw new InputException(this.file + ":" + line + ": " + toPath(pointer) + ": the key '" + name
					+ "' is given twice (first on line " + first + "); YAML would silently keep only the last");
		}
	}

	/**
	 * Anchors ({@code &a}) and aliases ({@code *a}) are refused wherever they are: Jackson reads an alias as the
	 * anchor's name, so {@code name: *t} would mean the text "t". Jackson does not report anchors on scalars,
	 * so this reads SnakeYAML's events.
	 */
	private void refuseAnchorsAndAliases() {
		if (!mayHoldAnchorOrAlias(this.bytes)) {
			return; // the usual list: reading its events again would find nothing
		}
		try {
			for (Event event : new Parse(LOAD_SETTINGS).parseString(text())) {
				if (event instanceof AliasEvent alias) {
					throw anchorError(event, "the alias *" + alias.getAlias());
				}
				if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
					throw anchorError(event, "the anchor &" + node.getAnchor().get());
				}
			}
		}
		catch (YamlEngineException ex) {
			// Jackson's parser is this same SnakeYAML and read the file already: not expected, but never let it pass
			throw new InputException(this.file + ": malformed YAML: " + firstLine(ex.getMessage()), ex);
		}
	}

	/**
	 * Whether any {@code &} or {@code *} is followed by a character an anchor's name may start with: an anchor or
	 * alias needs one, so without any (the usual list, "Johnson & Johnson" included) there is none to find.
	 */
	static boolean mayHoldAnchorOrAlias(byte[] bytes) {
		for (int i = 0; i < bytes.length - 1; i++) {
			if (bytes[i] == '&' || bytes[i] == '*') {
				switch (bytes[i + 1]) {
					case ' ', '\t', '\r', '\n', ',', '[', ']', '{', '}' -> {
					}
					default -> {
						return true;
					}
				}
			}
		}
		return false;
	}

	private InputException anchorError(Event event, String what) {
		int line = event.getStartMark().map((mark) -> mark.getLine() + 1).orElse(1);
		return new InputException(this.file + ":" + line + ": " + what + ": anchors and aliases are not supported; "
				+ "write the value out in full");
	}

	/** {@code /entries/3/id} as {@code entries[3].id}, the form the other messages use. */
	private static String toPath(String pointer) {
		StringBuilder path = new StringBuilder();
		for (String segment : pointer.substring(pointer.isEmpty() ? 0 : 1).split("/")) {
			String name = segment.replace("~1", "/").replace("~0", "~");
			if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
				path.append('[').append(name).append(']');
			}
			else {
				path.append(path.isEmpty() ? "" : ".").append(name);
			}
		}
		return path.toString();
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
