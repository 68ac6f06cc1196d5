package io.kairos.analytics.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.kairos.analytics.dashboard.DashboardTable;

/**
 * Writes a dashboard table as CSV (UTF-8 with a byte order mark, so spreadsheet programs read Chinese correctly;
 * RFC 4180 quoting) or XLSX (one sheet, headers in bold). Texts are neutralised against formula injection and, in
 * XLSX, always string cells; numbers are numeric cells. Nothing here is ever a formula.
 */
final class TableWriter {

	private TableWriter() {
	}

	static void csv(DashboardTable table, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		printer.printRecord(table.headers().stream().map(SpreadsheetText::neutralise).toList());
		for (List<Object> row : table.rows()) {
			List<String> cells = new ArrayList<>(row.size());
			for (Object cell : row) {
				cells.add(cell instanceof Number number ? plain(number) : SpreadsheetText.neutralise(text(cell)));
			}
			printer.printRecord(cells);
		}
		printer.flush();
	}

	static void xlsx(DashboardTable table, OutputStream out) throws IOException {
		// Dashboard tables are small (a row per day, team or channel), so the whole workbook fits in memory.
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title().isBlank() ? table.id()
					: table.title()));
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle header = workbook.createCellStyle();
			header.cloneStyleFrom(text);
			var bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			Row headerRow = sheet.createRow(0);
			for (int i = 0; i < table.headers().size(); i++) {
				Cell cell = headerRow.createCell(i);
				cell.setCellStyle(header);
				cell.setCellValue(SpreadsheetText.neutralise(table.headers().get(i)));
			}
			int next = 1;
			for (List<Object> values : table.rows()) {
				Row row = sheet.createRow(next++);
				for (int i = 0; i < values.size(); i++) {
					Cell cell = row.createCell(i);
					if (values.get(i) instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellStyle(text);
						cell.setCellValue(SpreadsheetText.neutralise(text(values.get(i))));
					}
				}
			}
			workbook.write(out);
		}
	}

	private static String text(Object cell) {
		return cell == null ? "" : cell.toString();
	}

	private static String plain(Number number) {
		return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
	}

}
