package dev.delist.list.csl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.delist.config.InputException;
import dev.delist.config.Sha256;
import dev.delist.list.ListFiles;
import dev.delist.list.LoadedList;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Turns the US Consolidated Screening List into a list file of ours: one entry per listed entity, whose
 * developer carries the CSL name and alternate names, status {@code informational} (the CSL restricts exports
 * and investment, not app distribution), every name at confidence {@code medium} with the CSL source and URL.
 */
public final class CslImporter {

	static final String CSL_URL = "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv";

	private static final Pattern LIST_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");

	/** "(a.k.a. X)", "[f.k.a. X]" and the like: aliases CSL embeds in the name. */
	private static final Pattern EMBEDDED_ALIAS = Pattern
		.compile("[(\\[]\\s*(?:a\\.k\\.a\\.|f\\.k\\.a\\.|d\\.b\\.a\\.|aka|fka|dba)[,:]?\\s*([^)\\]]+)[)\\]]",
				Pattern.CASE_INSENSITIVE);

	/** Entity List boilerplate that is not part of anyone's name. */
	private static final Pattern SUCCESSOR_BOILERPLATE = Pattern
		.compile("[;,]?\\s*and any successor, sub-unit,? or subsidiary thereof\\.?", Pattern.CASE_INSENSITIVE);

	private static final Pattern SOURCE_ABBREVIATION = Pattern.compile("\\(([A-Za-z0-9]{1,10})\\)");

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.build();

	public CslImport importFile(Path file, String listId, LocalDate asOf) {
		if (listId == null || !LIST_ID.matcher(listId).matches()) {
			throw new InputException("--id: '" + listId + "' is not a valid list id (lower-case letters, digits and -)");
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new InputException(file + ": cannot read the file (" + ex.getClass().getSimpleName() + ": "
					+ ex.getMessage() + ")", ex);
		}
		CslRows rows = CslReader.read(file, bytes);
		List<CslRecord> entities = rows.records().stream().filter(CslRecord::isEntity).toList();
		if (entities.isEmpty()) {
			List<String> problems = new ArrayList<>(rows.problems());
			problems.add(file + ": no entity rows to import");
			return new CslImport(null, null, rows.records().size(), problems);
		}
		String sha256 = Sha256.hex(bytes);
		String yaml = header(file, sha256) + toYaml(listDocument(file, listId, asOf, sha256, entities));
		// what we write must itself be a valid list; a failure here is our bug, reported like any bad list
		LoadedList list = ListFiles.loadBytes(Path.of(listId + ".yaml"), yaml.getBytes(StandardCharsets.UTF_8));
		return new CslImport(yaml, list, rows.records().size() - entities.size(), rows.problems());
	}

	private Map<String, Object> listDocument(Path file, String listId, LocalDate asOf, String sha256,
			List<CslRecord> entities) {
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("id", listId);
		list.put("version", asOf + "." + sha256.substring(0, 12));
		list.put("title", "US Consolidated Screening List (entities)");
		list.put("authority", "International Trade Administration, Consolidated Screening List");
		list.put("citation", "Consolidated Screening List, data.trade.gov");
		Set<String> sources = new LinkedHashSet<>();
		sources.add(CSL_URL);
		entities.stream().map(CslRecord::sourceListUrl).filter((url) -> url != null).forEach(sources::add);
		list.put("sources", List.copyOf(sources));
		// US lists of US agencies; entity-level by nature: every entry is a developer entity, not an app
		list.put("jurisdiction", List.of("us"));
		list.put("coversDevelopers", true);
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("status", "informational");
		status.put("date", asOf.toString());
		status.put("by", "Imported from " + file.getFileName() + " (SHA-256 " + sha256 + ")");
		status.put("note", "Screening lists restrict exports, transactions or investment; they do not by themselves"
				+ " prohibit distributing an app, so matches are for review, never takedown candidates.");
		list.put("status", List.of(status));
		List<Map<String, Object>> entries = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (CslRecord record : entities) {
			entries.add(entry(record, ids));
		}
		list.put("entries", entries);
		return list;
	}

	private Map<String, Object> entry(CslRecord record, Set<String> ids) {
		Set<String> aliases = new LinkedHashSet<>();
		String name = cleanName(record.name(), aliases);
		record.altNames().stream().filter((alias) -> !alias.equals(name)).forEach(aliases::add);
		Map<String, Object> developer = new LinkedHashMap<>();
		developer.put("name", name);
		if (!aliases.isEmpty()) {
			developer.put("aliases", List.copyOf(aliases));
		}
		developer.put("confidence", "medium");
		String url = (record.sourceListUrl() != null) ? record.sourceListUrl()
				: (record.sourceInformationUrl() != null) ? record.sourceInformationUrl() : CSL_URL;
		developer.put("source", record.source() + "; " + url);
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", uniqueId(entryId(record, name), ids));
		entry.put("name", name);
		entry.put("developers", List.of(developer));
		entry.put("note", note(record, name));
		return entry;
	}

	/** Addresses, programs and the rest are for the reviewer, in a fixed order (jobs/README.md). */
	private static String note(CslRecord record, String name) {
		List<String> parts = new ArrayList<>();
		parts.add("CSL line " + record.line() + ((record.id() != null) ? ", id " + record.id() : ""));
		if (!record.programs().isEmpty()) {
			parts.add("programs: " + String.join(", ", record.programs()));
		}
		if (!record.addresses().isEmpty()) {
			parts.add("addresses: " + String.join(" | ", record.addresses()));
		}
		if (record.federalRegisterNotice() != null) {
			parts.add("Federal Register: " + record.federalRegisterNotice());
		}
		if (record.startDate() != null) {
			parts.add("listed from: " + record.startDate());
		}
		if (!record.name().equals(name)) {
			parts.add("listed as: " + record.name());
		}
		return String.join("; ", parts);
	}

	static String cleanName(String listed, Set<String> aliases) {
		String name = SUCCESSOR_BOILERPLATE.matcher(listed).replaceAll("");
		Matcher alias = EMBEDDED_ALIAS.matcher(name);
		while (alias.find()) {
			for (String part : alias.group(1).split(";")) {
				if (!part.isBlank()) {
					aliases.add(part.strip());
				}
			}
		}
		name = EMBEDDED_ALIAS.matcher(name).replaceAll("").replaceAll("\\s+", " ").strip();
		name = name.replaceAll("[\\s,;]+$", "");
		return name.isEmpty() ? listed.strip() : name;
	}

	/**
	 * Our own key, not CSL's {@code _id} (a hash for non-Treasury sources that changes when the record text does):
	 * the source's abbreviation, the name in ASCII, and a short hash of source and name to keep it unique.
	 */
	static String entryId(CslRecord record, String name) {
		Matcher abbreviation = SOURCE_ABBREVIATION.matcher(record.source());
		String prefix = abbreviation.find() ? slug(abbreviation.group(1)) : "csl";
		String nameSlug = slug(name);
		if (nameSlug.length() > 40) {
			nameSlug = nameSlug.substring(0, 40).replaceAll("-+$", "");
		}
		String hash = Sha256.hex((record.source() + "\n" + name).getBytes(StandardCharsets.UTF_8)).substring(0, 8);
		return prefix + "-" + (nameSlug.isEmpty() ? "" : nameSlug + "-") + hash;
	}

	private static String uniqueId(String id, Set<String> ids) {
		String unique = id;
		for (int n = 2; !ids.add(unique); n++) {
			unique = id + "-" + n;
		}
		return unique;
	}

	private static String slug(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	private static String header(Path file, String sha256) {
		return "# Imported from the US Consolidated Screening List by `delist lists import-csl`: do not edit by hand,\n"
				+ "# import again. Source file " + file.getFileName() + ", SHA-256 " + sha256 + ".\n"
				+ "# Entity rows only; each entry's note keeps the CSL line, id, programs and addresses.\n";
	}

	private static String toYaml(Map<String, Object> document) {
		return YAML.writeValueAsString(document);
	}

}
