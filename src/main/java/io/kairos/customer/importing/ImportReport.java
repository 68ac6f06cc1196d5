package io.kairos.customer.importing;

import java.util.List;

/**
 * The outcome of an import: how many data rows were read and passed every rule, how many were stored (all or
 * none), and every error by row (1 is the first row after the header), field and message in the caller's language.
 */
public record ImportReport(boolean dryRun, int rowsRead, int rowsValid, int imported, List<RowError> errors) {

	public boolean failed() {
		return !errors.isEmpty();
	}

	public record RowError(int row, String field, String message) {
	}

}
