package io.kairos.customer.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.value.NewValueFact;
import io.kairos.customer.value.ValueFacts;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.Problems;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.contact.PhoneNumber;

/**
 * Imports value facts from a CSV file, all or nothing: each row names its customer by mobile number and passes
 * the rules of {@link ValueFacts#validate}; only when every row passes, and it is no dry run, are they all
 * recorded, in one transaction, with one audit row for the import.
 */
@Service
class ValueImport {

	/** The kinds as people write them in Chinese; the codes are accepted in any case. */
	private static final Map<String, String> KINDS = Map.of("购买", "PURCHASE", "消费", "PURCHASE", "退款", "REFUND",
			"持有", "HOLDING");

	private final ValueFacts facts;

	private final JdbcClient jdbc;

	private final Problems problems;

	private final AuditLog audit;

	ValueImport(ValueFacts facts, JdbcClient jdbc, Problems problems, AuditLog audit) {
		this.facts = facts;
		this.jdbc = jdbc;
		this.problems = problems;
		this.audit = audit;
	}

	@Transactional
	@PreAuthorize("hasAuthority('customer.import') and hasAuthority('customer.write')")
	public ImportReport run(byte[] csv, String charset, boolean dryRun) {
		CsvFile file = CsvFile.read(csv, charset, CsvColumns.VALUES);
		RowErrors errors = new RowErrors(problems);
		List<Fact> valid = new ArrayList<>();
		for (CsvFile.Row row : file.rows()) {
			Optional<Long> customer = customer(row, errors);
			NewValueFact fact = fact(row, errors);
			if (customer.isPresent() && fact != null) {
				try {
					facts.validate(fact);
					valid.add(new Fact(customer.get(), fact));
				}
				catch (ProblemException refused) {
					errors.add(row.number(), refused);
				}
			}
		}
		int rows = file.rows().size();
		List<ImportReport.RowError> report = errors.sorted();
		if (!report.isEmpty() || dryRun) {
			return new ImportReport(dryRun, rows, valid.size(), 0, report);
		}
		valid.forEach(fact -> facts.record(fact.customer(), fact.fact()));
		audit.record("customer.values-imported", "customer", null, Map.of("count", valid.size()));
		return new ImportReport(false, rows, valid.size(), valid.size(), report);
	}

	private Optional<Long> customer(CsvFile.Row row, RowErrors errors) {
		String typed = row.get("mobile");
		if (typed == null) {
			errors.add(row.number(), "mobile", "validation.required");
			return Optional.empty();
		}
		Optional<Long> id = PhoneNumber.tryParse(typed)
			.flatMap(mobile -> jdbc.sql("select id from customer where mobile = :mobile")
				.param("mobile", mobile.e164())
				.query(Long.class)
				.optional());
		if (id.isEmpty()) {
			errors.add(row.number(), "mobile", "problem.import.no-such-customer");
		}
		return id;
	}

	/** The row as a value fact, or null when the amount is no number. */
	private static NewValueFact fact(CsvFile.Row row, RowErrors errors) {
		BigDecimal amount = null;
		String typed = row.get("amount");
		if (typed != null) {
			try {
				amount = new BigDecimal(typed.replace(",", ""));
			}
			catch (NumberFormatException notANumber) {
				errors.add(row.number(), "amount", "validation.value.amount-format");
				return null;
			}
		}
		String kind = row.get("kind");
		if (kind != null) {
			kind = KINDS.getOrDefault(kind, kind.toUpperCase(Locale.ROOT));
		}
		String currency = row.get("currency");
		return new NewValueFact(amount, currency == null ? null : currency.toUpperCase(Locale.ROOT),
				row.get("occurredOn"), kind);
	}

	private record Fact(long customer, NewValueFact fact) {
	}

}
