package dev.delist.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.delist.store.Store;

import org.springframework.stereotype.Service;

/** Writes a run's reports: per store JSON, CSV and HTML, then the summary, and records them in the database. */
@Service
public class ReportService {

	private final ReportAssembler assembler;

	private final ReportRepository repository;

	public ReportService(ReportAssembler assembler, ReportRepository repository) {
		this.assembler = assembler;
		this.repository = repository;
	}

	public RunSummary write(RunContext run) {
		Map<String, RunSummary.StoreSummary> stores = new LinkedHashMap<>();
		List<StoreReport.ListInfo> lists = List.of();
		String finishedAt = null;
		for (Store store : run.countries().keySet()) {
			StoreReport report = this.assembler.assemble(run, store);
			stores.put(store.id(), writeStore(run, store, report));
			lists = report.lists();
			finishedAt = report.run().finishedAt();
		}
		boolean complete = stores.values().stream().allMatch((s) -> "COMPLETE".equals(s.status()));
		RunSummary summary = new RunSummary(StoreReport.SCHEMA_VERSION, run.executionId(), run.instanceId(),
				run.jobName(), run.runDate().toString(), run.startedAt().toString(), finishedAt,
				complete ? "COMPLETE" : "INCOMPLETE", lists, stores);
		try {
			ReportFiles.writeJson(run.runDir().resolve("summary.json"), summary);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + run.runDir().resolve("summary.json"), ex);
		}
		return summary;
	}

	private RunSummary.StoreSummary writeStore(RunContext run, Store store, StoreReport report) {
		Path dir = run.runDir().resolve(store.id());
		Map<String, String> files = new LinkedHashMap<>();
		try {
			ReportFiles.writeJson(dir.resolve("report.json"), report);
			ReportFiles.write(dir.resolve("candidates.csv"), (writer) -> CsvReportWriter.write(report, writer));
			ReportFiles.write(dir.resolve("report.html"), (writer) -> HtmlReportWriter.write(report, writer));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the " + store + " report in " + dir, ex);
		}
		for (String name : List.of("report.json", "candidates.csv", "report.html")) {
			files.put(name, dir.resolve(name).toString());
		}
		Map<String, Long> byTier = count(report, StoreReport.CandidateInfo::tier);
		Map<String, Long> byChange = count(report, StoreReport.CandidateInfo::change);
		long inForce = report.candidates().stream().filter((c) -> c.entry().inForce()).count();
		RunSummary.StoreSummary summary = new RunSummary.StoreSummary(report.run().status(), report.health(), byTier,
				byChange, inForce, report.candidates().size() - inForce, files);
		this.repository.saveStoreReport(run.instanceId(), run.executionId(), run.jobName(), run.runDate(), store,
				report.run().status(), ReportFiles.JSON.writeValueAsString(report.health()),
				ReportFiles.JSON.writeValueAsString(byTier), dir.toString());
		return summary;
	}

	private static Map<String, Long> count(StoreReport report,
			Function<StoreReport.CandidateInfo, String> key) {
		return report.candidates()
			.stream()
			.filter((c) -> c.entry().inForce())
			.collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
	}

}
