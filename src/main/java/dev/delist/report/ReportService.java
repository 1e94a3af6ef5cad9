package dev.delist.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.delist.config.DelistProperties;
import dev.delist.store.Store;

import org.springframework.stereotype.Service;

/**
 * Writes a run's reports: per store JSON, CSV and HTML, then the summary, and records them in the database.
 * Candidates are streamed from the database into each file in turn; counts come from SQL.
 */
@Service
public class ReportService {

	private final ReportAssembler assembler;

	private final ReportRepository repository;

	private final int pageSize;

	/** {@code delist.report.page-size}: rows per HTML page before a table continues on the next page file */
	public ReportService(ReportAssembler assembler, ReportRepository repository, DelistProperties properties) {
		this.assembler = assembler;
		this.repository = repository;
		this.pageSize = properties.report().pageSize();
	}

	public RunSummary write(RunContext run) {
		Map<String, RunSummary.StoreSummary> stores = new LinkedHashMap<>();
		List<StoreReport.ListInfo> lists = List.of();
		String finishedAt = null;
		for (Store store : run.countries().keySet()) {
			ReportAssembler.Assembled report = this.assembler.assemble(run, store);
			stores.put(store.id(), writeStore(run, store, report.head(), report.rows()));
			lists = report.head().lists();
			finishedAt = report.head().run().finishedAt();
		}
		RunSummary summary = new RunSummary(StoreReport.SCHEMA_VERSION, run.executionId(), run.instanceId(),
				run.jobName(), run.runDate().toString(), run.startedAt().toString(), finishedAt, run.status(), lists,
				stores, run.plan(), run.skippedLines());
		try {
			ReportFiles.writeJson(run.runDir().resolve("summary.json"), summary);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + run.runDir().resolve("summary.json"), ex);
		}
		return summary;
	}

	private RunSummary.StoreSummary writeStore(RunContext run, Store store, ReportHead head, ReportRows rows) {
		Path dir = run.runDir().resolve(store.id());
		Map<String, String> files = new LinkedHashMap<>();
		try {
			ReportFiles.write(dir.resolve("report.json"), (writer) -> JsonReportWriter.write(head, rows, writer));
			ReportFiles.write(dir.resolve("candidates.csv"), (writer) -> CsvReportWriter.write(head, rows, writer));
			files.put("report.json", dir.resolve("report.json").toString());
			files.put("candidates.csv", dir.resolve("candidates.csv").toString());
			for (String page : HtmlReportWriter.write(head, rows, dir, this.pageSize)) {
				files.put(page, dir.resolve(page).toString());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the " + store + " report in " + dir, ex);
		}
		ReportHead.Counts counts = head.counts();
		RunSummary.StoreSummary summary = new RunSummary.StoreSummary(head.run().status(), head.health(),
				counts.byTier(), counts.byChange(), counts.inForce(), counts.notInForce(), head.suppressedCount(), files);
		this.repository.saveStoreReport(run.instanceId(), run.executionId(), run.jobName(), run.runDate(), store,
				head.run().status(), ReportFiles.JSON.writeValueAsString(head.health()),
				ReportFiles.JSON.writeValueAsString(counts.byTier()), dir.toString());
		return summary;
	}

}
