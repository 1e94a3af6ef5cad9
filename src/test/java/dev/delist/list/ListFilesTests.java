package dev.delist.list;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.delist.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped lists in jobs/lists, their legal status on the dates that matter, and how a directory is read. */
class ListFilesTests {

	private static final Path SHIPPED = Path.of("jobs/lists");

	@TempDir
	Path dir;

	@Test
	void shouldValidateEveryShippedList() {
		List<LoadedList> lists = ListFiles.loadDirectory(SHIPPED);

		assertThat(lists).extracting(LoadedList::id)
			.contains("eo-13971", "eo-13942-13943", "pafaca-2024", "entity-list-dji");
	}

	@Test
	void shouldEvaluateEo13971AsOfDates() {
		ProhibitedList list = shipped().get("eo-13971");

		assertThat(list.statusOn(LocalDate.parse("2021-01-04"))).isEqualTo(ListStatus.PENDING);
		assertThat(list.inForceOn(LocalDate.parse("2021-03-01"))).isTrue();
		assertThat(list.inForceOn(LocalDate.parse("2021-06-08"))).isTrue();
		assertThat(list.inForceOn(LocalDate.parse("2021-06-09"))).isFalse();
		assertThat(list.statusOn(LocalDate.parse("2021-06-09"))).isEqualTo(ListStatus.REVOKED);
		assertThat(list.inForceOn(LocalDate.parse("2026-11-29"))).isFalse();
	}

	@Test
	void shouldKeepPafacaInForceThroughTheNonEnforcementOrders() {
		ProhibitedList list = shipped().get("pafaca-2024");

		assertThat(list.inForceOn(LocalDate.parse("2025-01-18"))).isFalse();
		assertThat(list.inForceOn(LocalDate.parse("2025-01-19"))).isTrue();
		assertThat(list.inForceOn(LocalDate.parse("2025-04-04"))).isTrue();
		assertThat(list.inForceOn(LocalDate.parse("2026-11-29"))).isTrue();
		assertThat(list.events()).extracting(ListEvent::by).anyMatch((by) -> by.startsWith("EO 14166"));
	}

	@Test
	void shouldNeverPutEo13942And13943InForce() {
		ProhibitedList list = shipped().get("eo-13942-13943");

		assertThat(list.statusOn(LocalDate.parse("2020-09-01"))).isEqualTo(ListStatus.PENDING);
		assertThat(list.statusOn(LocalDate.parse("2020-09-20"))).isEqualTo(ListStatus.ENJOINED);
		assertThat(list.statusOn(LocalDate.parse("2021-06-09"))).isEqualTo(ListStatus.REVOKED);
		assertThat(list.effectiveFrom()).isNull();
		assertThat(list.entries()).extracting(ListEntry::id).contains("tiktok", "wechat", "wechat-pay");
	}

	@Test
	void shouldKeepTheDjiEntityListInformational() {
		ProhibitedList list = shipped().get("entity-list-dji");

		assertThat(list.statusOn(LocalDate.parse("2026-11-29"))).isEqualTo(ListStatus.INFORMATIONAL);
		assertThat(list.inForceOn(LocalDate.parse("2026-11-29"))).isFalse();
		assertThat(list.inForceOn(LocalDate.parse("2021-01-01"))).isFalse();
	}

	@Test
	void shouldGiveEveryShippedIdentifierAConfidenceAndASource() {
		for (ProhibitedList list : shipped().values()) {
			for (ListEntry entry : list.entries()) {
				List<Identifier> identifiers = new ArrayList<>(entry.identifiers());
				entry.developers().forEach((developer) -> identifiers.addAll(developer.identifiers()));
				assertThat(identifiers).as(list.id() + "/" + entry.id())
					.allSatisfy((identifier) -> assertThat(identifier.source()).isNotBlank())
					.allSatisfy((identifier) -> assertThat(identifier.confidence()).isNotNull());
			}
		}
	}

	@Test
	void shouldBindEveryShippedListWhereItsLawDoes() {
		shipped().forEach((id, list) -> assertThat(list.jurisdiction()).as(id)
			.containsExactly(id.startsWith("india-69a-") ? "in" : "us"));
	}

	@Test
	void shouldShipOneIndiaListPerBlockingEventWithItsPartialOrdersMarked() {
		Map<String, ProhibitedList> india = new java.util.TreeMap<>(shipped());
		india.keySet().removeIf((id) -> !id.startsWith("india-69a-"));

		assertThat(india).hasSize(10);
		assertThat(india.get("india-69a-2020-06-29").entries()).hasSize(59);
		assertThat(india.get("india-69a-2020-09-02").entries()).hasSize(118);
		assertThat(india.get("india-69a-2020-11-24").entries()).hasSize(43);
		assertThat(india.get("india-69a-2022-02-14").entries()).hasSize(44);
		assertThat(india.get("india-69a-2020-07-24").entries()).hasSize(15);
		assertThat(india.entrySet().stream().filter((e) -> !e.getValue().entriesComplete()).map(Map.Entry::getKey))
			.containsExactlyInAnyOrder("india-69a-2020-07-24", "india-69a-2022-02-14", "india-69a-2023-02-loan-apps",
					"india-69a-2023-11-05-betting", "india-69a-2025-02");
		assertThat(india.values()).allSatisfy((list) -> {
			assertThat(list.coversDevelopers()).isFalse();
			assertThat(list.inForceOn(LocalDate.of(2026, 11, 29))).isTrue();
		});
		// the facts file's 229 package ids of the 2020-2022 orders (232, less three kept on one entry of a list)
		long packages = india.values()
			.stream()
			.flatMap((list) -> list.entries().stream())
			.flatMap((entry) -> entry.identifiers().stream())
			.filter((id) -> id.type() == IdentifierType.PACKAGE)
			.filter((id) -> id.source().contains("§2") || id.source().contains("§3") || id.source().contains("§4")
					|| id.source().contains("§5") || id.source().contains("§6"))
			.count();
		assertThat(packages).isEqualTo(229);
		ListEntry cyberHunter = india.get("india-69a-2020-09-02")
			.entries()
			.stream()
			.filter((e) -> e.id().equals("cyber-hunter"))
			.findFirst()
			.orElseThrow();
		assertThat(cyberHunter.identifiers()).singleElement().satisfies((id) -> {
			assertThat(id.value()).isEqualTo("com.netease.lztgglobal");
			assertThat(id.validOn(LocalDate.of(2020, 9, 2))).isTrue();
			assertThat(id.validOn(LocalDate.of(2020, 9, 3))).isFalse();
		});
	}

	@Test
	void shouldShowJurisdictionAndPerEntryStatusThroughTheCommandLine() {
		Cli.Result trial = new Cli("--delist.jobs.dir=" + Path.of("jobs").toAbsolutePath()).run("lists", "show", "india-69a-2022-07-28-bgmi",
				"--as-of", "2026-11-29");
		Cli.Result blocked = new Cli("--delist.jobs.dir=" + Path.of("jobs").toAbsolutePath()).run("lists", "show", "india-69a-2022-07-28-bgmi",
				"--as-of", "2022-10-01");
		Cli.Result partial = new Cli("--delist.jobs.dir=" + Path.of("jobs").toAbsolutePath()).run("lists", "show", "india-69a-2023-02-loan-apps",
				"--as-of", "2026-11-29");

		assertThat(trial.exitCode()).as(trial.toString()).isZero();
		assertThat(trial.out()).contains("jurisdiction: in (takedown candidates only in these storefronts)")
			.contains("as of 2026-11-29: in-force (IN FORCE)")
			.contains("entries (1, 0 in force on 2026-11-29):")
			.containsPattern("bgmi +NOT IN FORCE \\(trial\\) +Battlegrounds Mobile India \\(BGMI\\), 1 identifier(?!s)")
			.contains("2023-05-19 trial");
		assertThat(blocked.out()).containsPattern("bgmi +IN FORCE +Battlegrounds Mobile India");
		assertThat(partial.out()).contains("entries: INCOMPLETE: only the entries that are public")
			.containsPattern("lazypay +NOT IN FORCE \\(revoked\\) +LazyPay, 0 identifiers, screened by name")
			.containsPattern("cashtm +IN FORCE +CashTM");
	}

	@Test
	void shouldShowPafacaInForceThroughTheCommandLine() {
		Cli.Result result = new Cli("--delist.jobs.dir=" + Path.of("jobs").toAbsolutePath()).run("lists", "show", "pafaca-2024", "--as-of",
				"2026-11-29");

		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.out()).contains("as of 2026-11-29: in-force (IN FORCE)").contains("EO 14166");
	}

	@Test
	void shouldReadAConfigMapMountThroughItsLinksAndSkipHiddenEntries() throws IOException {
		// given: the layout kubelet writes: a timestamped directory, a ..data link to it, and a link per key
		Path timestamped = Files.createDirectory(this.dir.resolve("..2026_11_29_06_00_00.000000001"));
		Files.copy(SHIPPED.resolve("eo-13971.yaml"), timestamped.resolve("eo-13971.yaml"));
		Files.writeString(timestamped.resolve("not-a-list.txt"), "ignored");
		Files.createSymbolicLink(this.dir.resolve("..data"), timestamped.getFileName());
		Files.createSymbolicLink(this.dir.resolve("eo-13971.yaml"), Path.of("..data/eo-13971.yaml"));
		// an editor's hidden file would not parse; it must not be read
		Files.writeString(this.dir.resolve(".eo-13971.yaml.swp.yaml"), "{{{ not yaml");

		// when
		List<LoadedList> lists = ListFiles.loadDirectory(this.dir);

		// then
		assertThat(lists).singleElement().satisfies((loaded) -> {
			assertThat(loaded.id()).isEqualTo("eo-13971");
			assertThat(loaded.file()).isEqualTo(this.dir.resolve("eo-13971.yaml"));
		});
	}

	@Test
	void shouldReadAListsDirectoryThatIsItselfALink() throws IOException {
		Path real = Files.createDirectory(this.dir.resolve("real"));
		Files.copy(SHIPPED.resolve("pafaca-2024.yaml"), real.resolve("pafaca-2024.yaml"));
		Path link = Files.createSymbolicLink(this.dir.resolve("lists"), real);

		assertThat(ListFiles.loadDirectory(link)).extracting(LoadedList::id).containsExactly("pafaca-2024");
	}

	private static Map<String, ProhibitedList> shipped() {
		return ListFiles.loadDirectory(SHIPPED)
			.stream()
			.map(LoadedList::list)
			.collect(Collectors.toMap(ProhibitedList::id, Function.identity()));
	}

	@Test
	void shouldReadAFileAgainOnlyWhenItsBytesChanged() throws IOException {
		Path file = this.dir.resolve("eo-13971.yaml");
		String shipped = Files.readString(SHIPPED.resolve("eo-13971.yaml"));
		Files.writeString(file, shipped);
		LoadedList first = ListFiles.loadFile(file);
		// the same bytes again: the list read before, not a second parse
		assertThat(ListFiles.loadFile(file)).isEqualTo(first);
		assertThat(ListFiles.loadFile(file).list()).isSameAs(first.list());
		// the same bytes under another name (as a version stored in the database is read): named as asked
		Path copy = this.dir.resolve("copy.yaml");
		Files.writeString(copy, shipped);
		assertThat(ListFiles.loadFile(copy)).isEqualTo(new LoadedList(first.list(), copy, first.sha256(),
				first.content()));
		assertThat(ListFiles.loadFile(copy).list()).isSameAs(first.list());
		assertThat(ListFiles.loadFile(file).file()).isEqualTo(file);
		// edited: read afresh, the edit seen
		Files.writeString(file, shipped.replaceFirst("title: .*", "title: Edited title"));
		LoadedList edited = ListFiles.loadFile(file);
		assertThat(edited.list().title()).isEqualTo("Edited title");
		assertThat(edited.sha256()).isNotEqualTo(first.sha256());
		// and broken: refused every time, never served from what was read before
		Files.writeString(file, shipped.replaceFirst("id: eo-13971", "id: Not An Id"));
		for (int attempt = 0; attempt < 2; attempt++) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> ListFiles.loadFile(file))
				.isInstanceOf(dev.delist.config.InputException.class)
				.hasMessageContaining(file.toString());
		}
	}

}
