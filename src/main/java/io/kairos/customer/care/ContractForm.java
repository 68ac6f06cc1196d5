package io.kairos.customer.care;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/** The 360 page's form to add a contract or warranty; dates as the browser's date input sends them (yyyy-MM-dd). */
record ContractForm(@NotNull(message = "{validation.required}") ContractKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
		@Pattern(regexp = "[^\\p{Cc}\\p{Cs}]*", message = "{validation.no-control-characters}") String title,
		@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.max-length}") String coverage,
		@NotBlank(message = "{validation.required}") String startsOn,
		@NotBlank(message = "{validation.required}") String endsOn) {

	static ContractForm empty() {
		return new ContractForm(ContractKind.WARRANTY, null, null, null, null);
	}

	/** The command, or null when a date is missing (the form's own check says so) or no date (an error on the form). */
	NewContract toNewContract(BindingResult result) {
		LocalDate starts = day("startsOn", startsOn, result);
		LocalDate ends = day("endsOn", endsOn, result);
		return starts == null || ends == null ? null : new NewContract(kind, title, coverage, starts, ends);
	}

	private static LocalDate day(String field, String text, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADay) {
			result.rejectValue(field, "validation.birthday.format", "validation.birthday.format");
			return null;
		}
	}

}
