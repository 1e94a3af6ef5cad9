package dev.delist.store.googleplay;

import dev.delist.support.PlayPages;

/** Our own small hand-made pages, shaped like the real layout (see {@link PlayPages}). */
final class OwnPages {

	private OwnPages() {
	}

	static String read(String name) {
		return PlayPages.read(name);
	}

}
