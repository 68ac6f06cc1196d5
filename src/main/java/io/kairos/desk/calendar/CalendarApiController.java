package io.kairos.desk.calendar;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Business calendars over the API: list, one with its dates ({@code ?year=2026} for one year), create, and import
 * a special-dates file ({@code text/csv} body or the {@code file} part of a form).
 */
@RestController
@RequestMapping(path = "/api/v1/calendars", produces = MediaType.APPLICATION_JSON_VALUE)
class CalendarApiController {

	private final CalendarAdministration calendars;

	CalendarApiController(CalendarAdministration calendars) {
		this.calendars = calendars;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('desk.calendar.read')")
	Items list() {
		return new Items(calendars.list());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('desk.calendar.read')")
	CalendarView one(@PathVariable long id, @RequestParam(required = false) Integer year) {
		return calendars.view(id, year);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('desk.admin')")
	ResponseEntity<CalendarView> create(@RequestBody NewCalendar calendar) {
		CalendarView created = calendars.create(calendar);
		return ResponseEntity.created(URI.create("/api/v1/calendars/" + created.id())).body(created);
	}

	@PostMapping(path = "/{id}/dates/import", consumes = "text/csv")
	@PreAuthorize("hasAuthority('desk.admin')")
	DatesImported importDates(@PathVariable long id, @RequestBody byte[] csv) {
		return calendars.importDates(id, csv);
	}

	@PostMapping(path = "/{id}/dates/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('desk.admin')")
	DatesImported importDates(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
		return calendars.importDates(id, file.getBytes());
	}

	record Items(List<CalendarSummary> items) {
	}

}
