package dev.delist.list;

import java.nio.file.Path;

/** A validated list with the file it came from, the SHA-256 of that file's bytes and the text itself. */
public record LoadedList(ProhibitedList list, Path file, String sha256, String content) {

	public String id() {
		return this.list.id();
	}

}
