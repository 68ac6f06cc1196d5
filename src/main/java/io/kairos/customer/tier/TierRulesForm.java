package io.kairos.customer.tier;

import java.util.ArrayList;
import java.util.List;

/**
 * The tier-rule editor's form: one row per tier, top tier first, plus empty rows for new tiers (an empty row is
 * left out). Numbers are kept as typed, so a wrong one can be shown next to its field.
 */
public class TierRulesForm {

	private Long version;

	private List<Row> rows = new ArrayList<>();

	static TierRulesForm of(TierRuleSet set, int spareRows) {
		TierRulesForm form = new TierRulesForm();
		form.version = set.version();
		for (TierRuleInput tier : set.tiers()) {
			Row row = new Row();
			row.tier = tier.tier();
			row.nameEn = tier.nameEn();
			row.nameZh = tier.nameZh();
			row.minSpend12m = text(tier.minSpend12m());
			row.minTenureMonths = text(tier.minTenureMonths());
			row.minHoldings = text(tier.minHoldings());
			row.minRfmScore = text(tier.minRfmScore());
			form.rows.add(row);
		}
		for (int i = 0; i < spareRows; i++) {
			form.rows.add(new Row());
		}
		return form;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One tier as typed. */
	public static class Row {

		private String tier;

		private String nameEn;

		private String nameZh;

		private String minSpend12m;

		private String minTenureMonths;

		private String minHoldings;

		private String minRfmScore;

		boolean isEmpty() {
			return tier == null && nameEn == null && nameZh == null && minSpend12m == null && minTenureMonths == null
					&& minHoldings == null && minRfmScore == null;
		}

		public String getTier() {
			return tier;
		}

		public void setTier(String tier) {
			this.tier = tier;
		}

		public String getNameEn() {
			return nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = nameEn;
		}

		public String getNameZh() {
			return nameZh;
		}

		public void setNameZh(String nameZh) {
			this.nameZh = nameZh;
		}

		public String getMinSpend12m() {
			return minSpend12m;
		}

		public void setMinSpend12m(String minSpend12m) {
			this.minSpend12m = minSpend12m;
		}

		public String getMinTenureMonths() {
			return minTenureMonths;
		}

		public void setMinTenureMonths(String minTenureMonths) {
			this.minTenureMonths = minTenureMonths;
		}

		public String getMinHoldings() {
			return minHoldings;
		}

		public void setMinHoldings(String minHoldings) {
			this.minHoldings = minHoldings;
		}

		public String getMinRfmScore() {
			return minRfmScore;
		}

		public void setMinRfmScore(String minRfmScore) {
			this.minRfmScore = minRfmScore;
		}

	}

}
