package dev.delist.list;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.delist.config.YamlDocument;

/**
 * Checks a bound list for what the YAML binding cannot see: required fields, id and identifier syntax,
 * duplicates, and dated status changes in order. The first problem is reported with its file, line and field.
 */
final class ListValidator {

	private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");

	/** Storefront codes: ISO 3166-1 alpha-2, lower case, as the job file writes countries. */
	private static final Set<String> STOREFRONTS = Stream.of(Locale.getISOCountries())
		.map((code) -> code.toLowerCase(Locale.ROOT))
		.collect(Collectors.toUnmodifiableSet());

	private final YamlDocument document;

	ListValidator(YamlDocument document) {
		this.document = document;
	}

	void validate(ProhibitedList list) {
		require("id", list.id());
		requireId("id", list.id());
		require("version", list.version());
		require("title", list.title());
		require("authority", list.authority());
		validateJurisdiction(list.jurisdiction());
		validateStatus(list.status());
		validateEvents(list.events());
		if (list.entries().isEmpty()) {
			throw this.document.error("entries", "a list needs at least one entry");
		}
		validateEntries(list.entries(), list.status().get(0).date());
	}

	private void validateJurisdiction(List<String> jurisdiction) {
		if (jurisdiction.isEmpty()) {
			throw this.document.error("jurisdiction",
					"required: the storefronts where the list binds, as two-letter codes (e.g. [us])");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < jurisdiction.size(); i++) {
			String code = jurisdiction.get(i);
			String path = "jurisdiction[" + i + "]";
			require(path, code);
			if (!STOREFRONTS.contains(code)) {
				throw this.document.error(path, "'" + code + "' is not a two-letter lower-case storefront code "
						+ "(ISO 3166-1, e.g. us, in)");
			}
			if (!seen.add(code)) {
				throw this.document.error(path, "'" + code + "' is listed twice");
			}
		}
	}

	private void validateStatus(List<StatusChange> status) {
		if (status.isEmpty()) {
			throw this.document.error("status", "a list needs a status history (at least one dated status)");
		}
		LocalDate previous = null;
		for (int i = 0; i < status.size(); i++) {
			StatusChange change = status.get(i);
			String path = "status[" + i + "]";
			requireValue(path + ".status", change.status());
			requireValue(path + ".date", change.date());
			require(path + ".by", change.by());
			if (previous != null && !change.date().isAfter(previous)) {
				throw this.document.error(path + ".date", "dates must be in order: " + change.date()
						+ " is not after the previous status date " + previous);
			}
			previous = change.date();
		}
	}

	/** Events do not change the status, so two on one day are allowed; they must still read in order. */
	private void validateEvents(List<ListEvent> events) {
		LocalDate previous = null;
		for (int i = 0; i < events.size(); i++) {
			ListEvent event = events.get(i);
			String path = "events[" + i + "]";
			requireValue(path + ".date", event.date());
			require(path + ".by", event.by());
			if (previous != null && event.date().isBefore(previous)) {
				throw this.document.error(path + ".date", "dates must be in order: " + event.date()
						+ " is before the previous event date " + previous);
			}
			previous = event.date();
		}
	}

	private void validateEntries(List<ListEntry> entries, LocalDate firstStatus) {
		Set<String> entryIds = new HashSet<>();
		Map<String, String> claimedBy = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			ListEntry entry = entries.get(i);
			String path = "entries[" + i + "]";
			require(path + ".id", entry.id());
			requireId(path + ".id", entry.id());
			require(path + ".name", entry.name());
			if (!entryIds.add(entry.id())) {
				throw this.document.error(path + ".id", "duplicate entry id '" + entry.id() + "'");
			}
			validateIdentifiers(path, entry.identifiers(), false, entry.id(), claimedBy);
			validateEntryEvents(path, entry.events(), firstStatus);
			for (int d = 0; d < entry.developers().size(); d++) {
				Developer developer = entry.developers().get(d);
				String developerPath = path + ".developers[" + d + "]";
				require(developerPath + ".name", developer.name());
				requireValue(developerPath + ".confidence", developer.confidence());
				require(developerPath + ".source", developer.source());
				validateIdentifiers(developerPath, developer.identifiers(), true, entry.id(), claimedBy);
			}
			for (int n = 0; n < entry.namespaces().size(); n++) {
				Namespace namespace = entry.namespaces().get(n);
				String namespacePath = path + ".namespaces[" + n + "]";
				require(namespacePath + ".prefix", namespace.prefix());
				requireValue(namespacePath + ".confidence", namespace.confidence());
				require(namespacePath + ".source", namespace.source());
			}
		}
		for (int i = 0; i < entries.size(); i++) {
			String featureOf = entries.get(i).featureOf();
			if (featureOf != null && !entryIds.contains(featureOf)) {
				throw this.document.error("entries[" + i + "].featureOf",
						"'" + featureOf + "' is not the id of an entry in this list");
			}
		}
	}

	/** An entry's events change only that entry, and only once the list has a status to change. */
	private void validateEntryEvents(String owner, List<EntryEvent> events, LocalDate firstStatus) {
		LocalDate previous = null;
		for (int i = 0; i < events.size(); i++) {
			EntryEvent event = events.get(i);
			String path = owner + ".events[" + i + "]";
			requireValue(path + ".date", event.date());
			requireValue(path + ".status", event.status());
			require(path + ".by", event.by());
			if (event.date().isBefore(firstStatus)) {
				throw this.document.error(path + ".date", event.date()
						+ " is before the list's first status date " + firstStatus);
			}
			if (previous != null && !event.date().isAfter(previous)) {
				throw this.document.error(path + ".date", "dates must be in order: " + event.date()
						+ " is not after the entry's previous event date " + previous);
			}
			previous = event.date();
		}
	}

	/**
	 * A store page is matched on its host and path alone (scheme, {@code www.}, query and fragment dropped, as
	 * listings link to one page in many ways): a value whose app is named in its query would match every page of
	 * its path, every Google Play app for a Play URL. Such a value is refused here rather than flood a run with
	 * takedown candidates.
	 */
	private static String storeUrlProblem(String value) {
		int query = indexOfAny(value, "?#");
		if (query >= 0) {
			return "'" + value + "' has a query or fragment, which matching ignores (it compares host and path), so "
					+ "it would match every page at " + value.substring(0, query) + "; name the page by its host and "
					+ "path alone, or the app by its package or App Store id";
		}
		String host = value.replaceFirst("^(?i)https?://", "").replaceFirst("[:/].*$", "").toLowerCase(Locale.ROOT);
		if (host.equals("play.google.com") || host.endsWith(".play.google.com")) {
			return "'" + value + "' is a Google Play page, and Play names its apps in the query, which matching "
					+ "ignores; name the app by its package (type: package)";
		}
		return null;
	}

	private static int indexOfAny(String value, String characters) {
		for (int i = 0; i < value.length(); i++) {
			if (characters.indexOf(value.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @param ofDeveloper whether these are a developer's identifiers: publisher ids belong there and app ids on
	 * the entry, so discovery looks each up the right way
	 */
	private void validateIdentifiers(String owner, List<Identifier> identifiers, boolean ofDeveloper,
			String entryId, Map<String, String> claimedBy) {
		for (int i = 0; i < identifiers.size(); i++) {
			Identifier identifier = identifiers.get(i);
			String path = owner + ".identifiers[" + i + "]";
			requireValue(path + ".type", identifier.type());
			require(path + ".value", identifier.value());
			requireValue(path + ".confidence", identifier.confidence());
			require(path + ".source", identifier.source());
			if (!identifier.type().isValid(identifier.value())) {
				throw this.document.error(path + ".value", "'" + identifier.value() + "' is not "
						+ identifier.type().syntaxDescription());
			}
			if (identifier.type() == IdentifierType.STORE_URL) {
				String problem = storeUrlProblem(identifier.value());
				if (problem != null) {
					throw this.document.error(path + ".value", problem);
				}
			}
			if (identifier.validFrom() != null && identifier.validTo() != null
					&& identifier.validTo().isBefore(identifier.validFrom())) {
				throw this.document.error(path + ".validTo", identifier.validTo() + " is before validFrom "
						+ identifier.validFrom());
			}
			if (identifier.type().isDeveloperLevel() != ofDeveloper) {
				throw this.document.error(path + ".type", ofDeveloper
						? "'" + identifier.type() + "' identifies an app; put it in the entry's identifiers"
						: "'" + identifier.type() + "' identifies a developer; put it in the entry's developers[].identifiers");
			}
			if (identifier.type().isDeveloperLevel()) {
				continue; // one publisher legitimately stands behind several entries
			}
			String key = identifier.type().id() + ":" + identifier.value().toLowerCase(Locale.ROOT);
			String other = claimedBy.putIfAbsent(key, entryId);
			if (other != null && !other.equals(entryId)) {
				throw this.document.error(path + ".value", identifier.type() + " '" + identifier.value()
						+ "' is already claimed by entry '" + other + "'");
			}
		}
	}

	private void require(String path, String value) {
		if (value == null || value.isBlank()) {
			throw this.document.error(path, "required field is missing or empty");
		}
	}

	private void requireValue(String path, Object value) {
		if (value == null) {
			throw this.document.error(path, "required field is missing");
		}
	}

	private void requireId(String path, String value) {
		if (!ID.matcher(value).matches()) {
			throw this.document.error(path, "'" + value + "' is not a valid id (lower-case letters, digits and -)");
		}
	}

}
