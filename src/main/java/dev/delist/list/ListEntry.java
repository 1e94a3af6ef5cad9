package dev.delist.list;

import java.util.List;

/**
 * One prohibited app (or feature) of a list.
 *
 * @param featureOf the entry id of the app this feature lives inside (WeChat Pay in WeChat), or null
 */
public record ListEntry(String id, String name, List<String> aliases, String featureOf, List<Developer> developers,
		List<Identifier> identifiers, List<Namespace> namespaces, String note) {

	public ListEntry {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		developers = (developers != null) ? List.copyOf(developers) : List.of();
		identifiers = (identifiers != null) ? List.copyOf(identifiers) : List.of();
		namespaces = (namespaces != null) ? List.copyOf(namespaces) : List.of();
	}

}
