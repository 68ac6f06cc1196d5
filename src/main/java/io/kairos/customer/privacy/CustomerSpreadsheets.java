package io.kairos.customer.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.kairos.customer.profile.CustomerFilter;
import io.kairos.customer.profile.CustomerView;
import io.kairos.customer.profile.Customers;
import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.shared.paging.Keyset;

/**
 * Customer lists as CSV or XLSX, streamed in constant memory: rows are read in keyset batches and written as
 * they come (XLSX through POI's streaming workbook, which keeps a small window of rows in memory). A bulk
 * export carries contact data masked, like every list, whoever asks; the full values exist only in the audited
 * reveal and the subject export. Every cell is text, neutralised against formula injection. Each export is
 * audited with its row count and format (and the filter's tier and stage, never the search text, which may
 * be a phone number).
 */
@Component
class CustomerSpreadsheets {

	static final List<String> HEADERS = List.of("customer.export.column.id", "customer.name", "customer.gender",
			"customer.birthday", "customer.province", "customer.city", "customer.mobile", "customer.email",
			"customer.idNumber", "customer.kind", "customer.tier", "customer.stage", "customer.channels",
			"customer.tags", "customer.createdAt", "customer.phones", "customer.wechatOpenid", "customer.notes",
			"customer.language", "customer.export.column.organisation", "customer.accountManager");

	/** Rows POI keeps in memory before flushing them to its temporary file. */
	private static final int XLSX_WINDOW = 100;

	private final Customers customers;

	private final AuditLog audit;

	private final MessageSource messages;

	private final StaffDirectory staff;

	CustomerSpreadsheets(Customers customers, AuditLog audit, MessageSource messages, StaffDirectory staff) {
		this.staff = staff;
		this.customers = customers;
		this.audit = audit;
		this.messages = messages;
	}

	long csv(CustomerFilter filter, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		// A byte order mark, so spreadsheet programs read the Chinese text as UTF-8.
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		long rows = export(filter, "csv", () -> printer.printRecord(headers()), values -> {
			try {
				printer.printRecord(values);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		printer.flush();
		return rows;
	}

	long xlsx(CustomerFilter filter, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
		try {
			Sheet sheet = workbook.createSheet("customers");
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			int[] next = { 0 };
			Consumer<List<String>> writeRow = values -> {
				Row row = sheet.createRow(next[0]++);
				for (int i = 0; i < values.size(); i++) {
					Cell cell = row.createCell(i);
					cell.setCellStyle(text);
					cell.setCellValue(values.get(i));
				}
			};
			long rows = export(filter, "xlsx", () -> writeRow.accept(headers()), writeRow);
			workbook.write(out);
			return rows;
		}
		finally {
			workbook.close();
		}
	}

	private long export(CustomerFilter filter, String format, HeaderWriter header, Consumer<List<String>> rowWriter)
			throws IOException {
		long rows = 0;
		boolean complete = false;
		try {
			header.write();
			String cursor = null;
			// Account managers by username, so the column can be imported again; looked up once per member of staff.
			Map<Long, String> usernames = new java.util.HashMap<>();
			java.util.function.Function<Long, String> username = id -> usernames.computeIfAbsent(id,
					key -> staff.find(key).map(StaffMember::username).orElse(""));
			do {
				Keyset.Page<CustomerView> page = customers.page(filter, Keyset.of(cursor, Keyset.MAX_SIZE));
				for (CustomerView customer : page.items()) {
					rowWriter.accept(values(customer, username));
					rows++;
				}
				cursor = page.nextCursor();
			}
			while (cursor != null);
			complete = true;
			return rows;
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		finally {
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("format", format);
			detail.put("rows", rows);
			detail.put("complete", complete);
			detail.put("searched", filter.query() != null && !filter.query().isBlank());
			if (filter.tier() != null && !filter.tier().isBlank()) {
				detail.put("tier", filter.tier().strip());
			}
			if (filter.stage() != null) {
				detail.put("stage", filter.stage().name());
			}
			audit.record("customer.list-exported", "customer", null, detail);
		}
	}

	private List<String> headers() {
		return HEADERS.stream()
			.map(key -> messages.getMessage(key, null, key, LocaleContextHolder.getLocale()))
			.toList();
	}

	static List<String> values(CustomerView c, java.util.function.Function<Long, String> username) {
		List<String> values = new ArrayList<>();
		values.add(Long.toString(c.id()));
		values.add(c.name());
		values.add(c.gender().name());
		values.add(c.birthday() == null ? "" : c.birthday().toString());
		values.add(orEmpty(c.province()));
		values.add(orEmpty(c.city()));
		values.add(orEmpty(c.mobile()));
		values.add(orEmpty(c.email()));
		values.add(orEmpty(c.idNumber()));
		values.add(c.kind().name());
		values.add(c.tier());
		values.add(c.stage().name());
		values.add(String.join(";", c.preferredChannels().stream().map(Enum::name).toList()));
		values.add(String.join(";", c.tags()));
		values.add(c.createdAt().toString());
		// Additional numbers masked like the mobile, each as "KIND number".
		values.add(String.join(";", c.phones().stream().map(p -> p.kind().name() + " " + p.number()).toList()));
		values.add(orEmpty(c.wechatOpenid())); // masked, like every contact field here
		values.add(orEmpty(c.notes()));
		values.add(orEmpty(c.language()));
		values.add(c.organisationId() == null ? "" : c.organisationId().toString());
		values.add(c.accountManager() == null ? "" : username.apply(c.accountManager().id()));
		return values.stream().map(SpreadsheetCells::neutralise).toList();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	@FunctionalInterface
	private interface HeaderWriter {

		void write() throws IOException;

	}

}
