package dev.delist.list.csl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.delist.config.InputException;
import dev.delist.list.Confidence;
import dev.delist.list.Developer;
import dev.delist.list.ListEntry;
import dev.delist.list.ListFiles;
import dev.delist.list.ListStatus;
import dev.delist.list.ProhibitedList;
import dev.delist.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSL import on small invented samples of both its forms (src/test/resources/list/csl). */
class CslImporterTests {

	private static final Path SAMPLES = Path.of("src/test/resources/list/csl");

	private static final Path CSV = SAMPLES.resolve("consolidated-sample.csv");

	private static final Path JSON = SAMPLES.resolve("consolidated-sample.json");

	private static final LocalDate AS_OF = LocalDate.parse("2026-11-29");

	@TempDir
	Path dir;

	@Test
	void shouldImportTheEntityRowsOfTheCsvForm() {
		CslImport imported = new CslImporter().importFile(CSV, "csl", AS_OF);

		ProhibitedList list = imported.list().list();
		assertThat(list.id()).isEqualTo("csl");
		assertThat(list.statusOn(AS_OF)).isEqualTo(ListStatus.INFORMATIONAL);
		assertThat(list.inForceOn(AS_OF)).isFalse();
		assertThat(list.entries()).extracting(ListEntry::name)
			.containsExactly("Example Trading Co., Ltd.", "Sample Software Holdings Limited", "Example Devices Inc.");
		assertThat(imported.skippedNonEntities()).isEqualTo(1);

		ListEntry trading = list.entries().get(0);
		assertThat(trading.id()).startsWith("el-example-trading-co-ltd-");
		Developer developer = trading.developers().get(0);
		assertThat(developer.name()).isEqualTo("Example Trading Co., Ltd.");
		assertThat(developer.aliases()).containsExactly("Example Trade", "Example Trading Company", "示例贸易有限公司");
		assertThat(developer.confidence()).isEqualTo(Confidence.MEDIUM);
		assertThat(developer.source()).isEqualTo("Entity List (EL) - Bureau of Industry and Security; "
				+ "https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/entity-list");
		assertThat(trading.note()).contains("CSL line 2, id a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4")
			.contains("programs: EAR")
			.contains("addresses: 1 Example Road, Example City, GD, 518000, CN | Unit 2, 3 Sample Street, Hong Kong, HK")
			.contains("Federal Register: 99 FR 12345");
		assertThat(list.entries().get(1).note()).contains("addresses: 9 Sample Avenue, Sample Town, CN;");
	}

	@Test
	void shouldReportEachMalformedCsvRowWithItsLine() {
		CslImport imported = new CslImporter().importFile(CSV, "csl", AS_OF);

		assertThat(imported.problems()).containsExactly(
				CSV + ":5: name: missing (CSL id c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6)",
				CSV + ":6: the row has 6 columns, the header has 29");
	}

	@Test
	void shouldImportTheJsonFormAndReportItsMalformedEntries() {
		CslImport imported = new CslImporter().importFile(JSON, "csl", AS_OF);

		assertThat(imported.list().list().entries()).extracting(ListEntry::name)
			.containsExactly("Example Trading Co., Ltd.", "Sample Software Holdings Limited");
		assertThat(imported.list().list().entries().get(0).note())
			.contains("addresses: 1 Example Road, Example City, GD, 518000, CN");
		assertThat(imported.problems()).containsExactly(
				JSON + ":23: name: missing (CSL id f60718293a4b5c6d7e8f90a1b2c3d4e5f6071829)",
				JSON + ":31: expected an entry object, found string",
				JSON + ":32: alt_names: expected a list of strings");
	}

	@Test
	void shouldKeepEntryIdsStableAcrossBothForms() {
		String fromCsv = new CslImporter().importFile(CSV, "csl", AS_OF).list().list().entries().get(0).id();
		String fromJson = new CslImporter().importFile(JSON, "csl", AS_OF).list().list().entries().get(0).id();

		assertThat(fromCsv).isEqualTo(fromJson);
	}

	@Test
	void shouldStripEntityListBoilerplateAndKeepEmbeddedAliases() {
		Set<String> aliases = new LinkedHashSet<>();

		String name = CslImporter.cleanName(
				"Example Labs [f.k.a. Old Example Labs]; and any successor, sub-unit, or subsidiary thereof", aliases);

		assertThat(name).isEqualTo("Example Labs");
		assertThat(aliases).containsExactly("Old Example Labs");
	}

	@Test
	void shouldReportMalformedJsonAtItsLine() throws IOException {
		Path file = Files.writeString(this.dir.resolve("broken.json"), "{\n  \"results\": [\n    { \"name\": \n");

		CslImport imported = new CslImporter().importFile(file, "csl", AS_OF);

		assertThat(imported.yaml()).isNull();
		assertThat(imported.problems()).first().asString().startsWith(file + ":4: malformed JSON");
	}

	@Test
	void shouldRefuseABadListId() {
		assertThatThrownBy(() -> new CslImporter().importFile(CSV, "CSL list", AS_OF))
			.isInstanceOf(InputException.class)
			.hasMessage("--id: 'CSL list' is not a valid list id (lower-case letters, digits and -)");
	}

	@Test
	void shouldExit2NamingEveryBadRowAndWriteNothing() {
		Path out = this.dir.resolve("lists/csl.yaml");

		Cli.Result result = new Cli().run("lists", "import-csl", CSV.toString(), "--id", "csl", "--out",
				out.toString());

		assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
		assertThat(result.err().lines()).containsExactly(
				"delist: " + CSV + ":5: name: missing (CSL id c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6)",
				"delist: " + CSV + ":6: the row has 6 columns, the header has 29",
				"delist: " + CSV + ": 2 malformed rows (--max-bad-rows 0); nothing written");
		assertThat(out).doesNotExist();
	}

	@Test
	void shouldWriteAListThatValidatesWhenBadRowsAreTolerated() {
		Path lists = this.dir.resolve("jobs/lists");
		Path out = lists.resolve("csl.yaml");

		Cli.Result result = new Cli().run("lists", "import-csl", CSV.toString(), "--id", "csl", "--out",
				out.toString(), "--as-of", "2026-11-29", "--max-bad-rows", "2");

		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.out()).startsWith(out + ": wrote list csl version 2026-11-29.")
			.contains("3 entries (1 row skipped as not entities, 2 malformed)");
		assertThat(ListFiles.loadDirectory(lists)).singleElement()
			.satisfies((loaded) -> assertThat(loaded.list().entries()).hasSize(3));
		Cli.Result validate = new Cli().run("lists", "validate", out.toString());
		assertThat(validate.exitCode()).as(validate.toString()).isZero();
	}

	/**
	 * The real CSL has some 8,000 entity rows with long names, addresses and aliases: its list file is well over
	 * SnakeYAML's default 3 MB, and must still import, validate and load.
	 */
	@Test
	void shouldImportTenThousandRealisticEntities() throws IOException {
		// given
		Path csv = this.dir.resolve("consolidated.csv");
		StringBuilder text = new StringBuilder(Files.readString(CSV).lines().findFirst().orElseThrow()).append('\n');
		for (int i = 0; i < 10_000; i++) {
			text.append(String.format("%040x", i))
				.append(",Entity List (EL) - Bureau of Industry and Security,,Entity,EAR,")
				.append("\"Example Precision Instruments and Electronic Technology Co., Ltd. No. ").append(i)
				.append(" (a.k.a. Example Precision ").append(i).append("); and any successor, sub-unit, or subsidiary ")
				.append("thereof\",,\"Room 1201, Building ").append(i).append(", 88 Example Science Park Road, ")
				.append("Nanshan District, Shenzhen, Guangdong, 518000, CN; Flat 3, 17/F, 9 Example Harbour Street, ")
				.append("Kowloon, Hong Kong, HK\",85 FR 44159,2020-07-22,,,For all items subject to the EAR.,")
				.append("Presumption of denial.,,,,,,,,https://www.bis.doc.gov/index.php/policy-guidance/")
				.append("lists-of-parties-of-concern/entity-list,\"Example Precision Instruments Co. ").append(i)
				.append("; Example Electronic Technology ").append(i).append("; 示例精密仪器有限公司 ").append(i)
				.append("\",,,,,,\n");
		}
		Files.writeString(csv, text);
		Path out = this.dir.resolve("jobs/lists/csl.yaml");

		// when
		Cli.Result result = new Cli().run("lists", "import-csl", csv.toString(), "--out", out.toString(), "--as-of",
				"2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.out()).contains("10000 entries");
		assertThat(Files.size(out)).as("larger than SnakeYAML's default limit").isGreaterThan(3L << 20)
			.isLessThan(dev.delist.config.YamlDocument.MAX_BYTES);
		Cli.Result validate = new Cli().run("lists", "validate", out.toString());
		assertThat(validate.exitCode()).as(validate.toString()).isZero();
		assertThat(validate.out()).contains(": ok: csl version 2026-11-29.", ", 10000 entries");
	}

	@Test
	void shouldPrintTheListWithoutOut() {
		Cli.Result result = new Cli().run("lists", "import-csl", JSON.toString(), "--as-of", "2026-11-29",
				"--max-bad-rows", "3");

		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.out()).startsWith("# Imported from the US Consolidated Screening List")
			.contains("id: csl\n")
			.contains("status: informational");
	}

}
