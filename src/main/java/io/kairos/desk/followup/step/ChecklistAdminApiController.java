package io.kairos.desk.followup.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.desk.ServiceStep;

/**
 * The checklists of the seven steps for administrators: without {@code category} the default checklist,
 * with it a category's own items per step ({@code inherited} when it has none and uses its parent's or the default).
 */
@RestController
@RequestMapping(path = "/api/v1/step-checklists", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('desk.admin')")
class ChecklistAdminApiController {

	private final ChecklistCatalog catalog;

	private final ChecklistScopes scopes;

	ChecklistAdminApiController(ChecklistCatalog catalog, ChecklistScopes scopes) {
		this.catalog = catalog;
		this.scopes = scopes;
	}

	@GetMapping
	Checklists show(@RequestParam(required = false) String category) {
		Long scope = scopes.categoryId(category);
		List<StepChecklist> steps = new ArrayList<>();
		for (Map.Entry<ServiceStep, List<ChecklistItem>> step : catalog.definitions(scope).entrySet()) {
			steps.add(new StepChecklist(step.getKey().number(), step.getKey().name(), step.getValue().isEmpty(),
					step.getValue(), catalog.applicable(scope, step.getKey())));
		}
		return new Checklists(scopes.code(category), steps);
	}

	@PutMapping(path = "/{step}", consumes = MediaType.APPLICATION_JSON_VALUE)
	List<ChecklistItem> replace(@PathVariable int step, @RequestParam(required = false) String category,
			@RequestBody Replacement replacement) {
		return catalog.replace(scopes.categoryId(category), scopes.step(step), replacement.items());
	}

	record Checklists(String category, List<StepChecklist> steps) {
	}

	record StepChecklist(int step, String code, boolean inherited, List<ChecklistItem> items,
			List<ChecklistItem> applicable) {
	}

	record Replacement(List<ChecklistCatalog.ItemInput> items) {
	}

}
