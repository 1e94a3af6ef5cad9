package dev.delist.list;

import java.util.List;

/** A developer or controlling entity behind a listed app: legal names, aliases and store developer ids. */
public record Developer(String name, List<String> aliases, List<Identifier> identifiers, Confidence confidence,
		String source) {

	public Developer {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		identifiers = (identifiers != null) ? List.copyOf(identifiers) : List.of();
	}

}
