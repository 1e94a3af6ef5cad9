package dev.delist.list;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.delist.config.InputException;
import dev.delist.config.Sha256;
import dev.delist.config.YamlDocument;

/**
 * Reads and validates the list files of a directory ({@code jobs/lists/*.yaml}) or the files named. A path that
 * is not a regular file (a FIFO, a device) is refused by {@link YamlDocument#read} before it is opened.
 */
public final class ListFiles {

	/** Documents larger than this (a big imported screening list) are read afresh each time, not kept. */
	private static final int KEPT_MAX_BYTES = 256 * 1024;

	private static final int KEPT_MAX_LISTS = 128;

	/**
	 * Lists already read and validated in this process, by the SHA-256 of their bytes: a run reads each of its
	 * lists when it is launched, when its plan is pinned and again from the database for matching, and reading
	 * one (three YAML passes, binding, validation) is most of what those steps cost. The bytes decide, so an
	 * edited file is read afresh (its name plays no part in whether a list is valid); the result is immutable,
	 * so sharing it is safe.
	 */
	private static final Map<String, LoadedList> READ = Collections.synchronizedMap(new LinkedHashMap<>(32, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, LoadedList> eldest) {
			return size() > KEPT_MAX_LISTS;
		}
	});

	private ListFiles() {
	}

	public static List<LoadedList> loadDirectory(Path dir) {
		if (!Files.isDirectory(dir)) {
			throw new InputException(dir + (Files.exists(dir) ? ": the list directory is not a directory"
					: ": the list directory does not exist") + " (set delist.jobs.dir)");
		}
		try (Stream<Path> files = Files.list(dir)) {
			List<Path> yaml = files.filter(ListFiles::isListFile).sorted().toList();
			if (yaml.isEmpty()) {
				throw new InputException(dir + ": no list files (*.yaml) found");
			}
			return load(yaml);
		}
		catch (IOException ex) {
			throw new InputException(dir + ": cannot list the directory (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * A Kubernetes ConfigMap mount holds hidden {@code ..data} and {@code ..<timestamp>} entries beside symlinks
	 * to the real files: skip dot-entries and read the rest through their links. A dangling
	 * link is kept, so that reading it reports the problem instead of silently dropping a list.
	 */
	private static boolean isListFile(Path file) {
		String name = file.getFileName().toString();
		// a directory named like a list file is kept, so reading it fails loudly instead of a list going missing
		return !name.startsWith(".") && name.matches(".*\\.ya?ml");
	}

	/** Loads each file and checks that no two files declare the same list id. */
	public static List<LoadedList> load(List<Path> files) {
		List<LoadedList> lists = new ArrayList<>();
		Map<String, Path> seen = new HashMap<>();
		for (Path file : files) {
			byte[] bytes = YamlDocument.readBytes(file);
			LoadedList loaded = loadBytes(file, bytes);
			Path other = seen.putIfAbsent(loaded.id(), file);
			if (other != null) {
				throw YamlDocument.of(file, bytes).error("id", "list id '" + loaded.id() + "' is already declared by "
						+ other);
			}
			lists.add(loaded);
		}
		return List.copyOf(lists);
	}

	public static LoadedList loadFile(Path file) {
		return loadBytes(file, YamlDocument.readBytes(file));
	}

	/**
	 * Validates list text read already (an import about to be written, a version stored in the database), named
	 * as {@code file} in messages and in the result.
	 */
	public static LoadedList loadBytes(Path file, byte[] bytes) {
		if (bytes.length > KEPT_MAX_BYTES) {
			return loadDocument(YamlDocument.of(file, bytes));
		}
		String sha256 = Sha256.hex(bytes);
		LoadedList loaded = READ.get(sha256);
		if (loaded == null) {
			loaded = loadDocument(YamlDocument.of(file, bytes));
			READ.put(sha256, loaded);
		}
		// the same bytes read under another name (a stored version of a file read at launch): named as asked
		return loaded.file().equals(file) ? loaded : new LoadedList(loaded.list(), file, sha256, loaded.content());
	}

	static LoadedList loadDocument(YamlDocument document) {
		Path file = document.file();
		ProhibitedList list = document.bind(ProhibitedList.class);
		new ListValidator(document).validate(list);
		return new LoadedList(list, file, document.sha256(), document.text());
	}

}
