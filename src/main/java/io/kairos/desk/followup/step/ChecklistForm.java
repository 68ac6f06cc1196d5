package io.kairos.desk.followup.step;

import java.util.ArrayList;
import java.util.List;

/** The checklist editor's form: one scope (category code, empty for the defaults) and step, its items as rows. */
public class ChecklistForm {

	private String category = "";

	private int step = 1;

	private List<Row> rows = new ArrayList<>();

	static ChecklistForm of(String category, int step, List<ChecklistItem> items, int spareRows) {
		ChecklistForm form = new ChecklistForm();
		form.category = category == null ? "" : category;
		form.step = step;
		for (ChecklistItem item : items) {
			Row row = new Row();
			row.id = item.id();
			row.textZh = item.textZh();
			row.textEn = item.textEn();
			row.required = item.required();
			form.rows.add(row);
		}
		for (int i = 0; i < spareRows; i++) {
			Row spare = new Row();
			spare.required = true;
			form.rows.add(spare);
		}
		return form;
	}

	/** The rows with text, as the catalog takes them; an empty row is left out. */
	List<ChecklistCatalog.ItemInput> items() {
		return rows.stream()
			.filter(row -> row != null && !row.isEmpty())
			.map(row -> new ChecklistCatalog.ItemInput(row.id, row.textZh, row.textEn, row.required))
			.toList();
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public int getStep() {
		return step;
	}

	public void setStep(int step) {
		this.step = step;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One item as typed. */
	public static class Row {

		private Long id;

		private String textZh;

		private String textEn;

		private boolean required;

		boolean isEmpty() {
			return (textZh == null || textZh.isBlank()) && (textEn == null || textEn.isBlank());
		}

		public Long getId() {
			return id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getTextZh() {
			return textZh;
		}

		public void setTextZh(String textZh) {
			this.textZh = textZh;
		}

		public String getTextEn() {
			return textEn;
		}

		public void setTextEn(String textEn) {
			this.textEn = textEn;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

	}

}
