package dev.delist.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import dev.delist.audit.AuditActions;
import dev.delist.audit.AuditLog;
import dev.delist.config.InputException;
import dev.delist.export.ExportFormat;
import dev.delist.export.ExportQuery;
import dev.delist.export.TakedownExport;
import dev.delist.store.Store;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /export}: the confirmed takedowns of a store and a range of decision dates, as CSV or JSON, for the
 * store's operations team (the same export as {@code delist review export}).
 */
@Controller
class ExportPage {

	private final TakedownExport export;

	private final AuditLog audit;

	ExportPage(TakedownExport export, AuditLog audit) {
		this.export = export;
		this.audit = audit;
	}

	@GetMapping("/export")
	String form(Model model) {
		model.addAttribute("stores", Store.values());
		return "export";
	}

	@GetMapping("/export/takedowns")
	String download(@RequestParam(required = false) String store, @RequestParam(required = false) String country,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "csv") String format, Authentication user, HttpServletResponse response,
			Model model) throws IOException {
		ExportQuery query;
		ExportFormat chosen;
		try {
			query = new ExportQuery(blank(store) ? null : store(store), date("from", from), date("to", to),
					blank(country) ? null : country.strip().toLowerCase(Locale.ROOT));
			chosen = ExportFormat.of(format);
		}
		catch (InputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("stores", Store.values());
			model.addAttribute("problem", ex.getMessage());
			return "export";
		}
		response.setContentType(chosen.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + query.fileName(chosen) + "\"");
		long rows = this.export.write(query, chosen, response.getOutputStream());
		this.audit.record(user.getName(), AuditActions.EXPORT, null, Map.of("store", blank(store) ? "all" : store,
				"country", (query.country() != null) ? query.country() : "all", "from", String.valueOf(from), "to",
				String.valueOf(to), "format", chosen.extension(), "rows", rows));
		return null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static Store store(String id) {
		try {
			return Store.fromId(id.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InputException("store: " + ex.getMessage());
		}
	}

	private static LocalDate date(String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InputException(field + ": '" + value + "' is not a date (YYYY-MM-DD)");
		}
	}

}
