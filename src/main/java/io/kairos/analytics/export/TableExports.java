package io.kairos.analytics.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.kairos.analytics.dashboard.DashboardTable;
import io.kairos.identity.AuditLog;

/**
 * Exports a dashboard table as a file, and audits it: who exported which table of which dashboard, in which format,
 * with how many rows and which filter (the filter's codes and dates; no personal data is in a dashboard table).
 */
@Service
public class TableExports {

	private final AuditLog audit;

	TableExports(AuditLog audit) {
		this.audit = audit;
	}

	public void export(String dashboard, DashboardTable table, TableFormat format, Map<String, String> filter,
			OutputStream out) throws IOException {
		write(table, format, out);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("dashboard", dashboard);
		detail.put("table", table.id());
		detail.put("format", format.extension());
		detail.put("rows", table.rows().size());
		detail.put("filter", filter);
		audit.record("analytics.table-exported", "dashboard-table", dashboard + "/" + table.id(), detail);
	}

	/** The file alone, not audited: for attachments the caller accounts for itself. */
	public static void write(DashboardTable table, TableFormat format, OutputStream out) throws IOException {
		if (format == TableFormat.CSV) {
			TableWriter.csv(table, out);
		}
		else {
			TableWriter.xlsx(table, out);
		}
	}

}
