package io.kairos.customer.profile;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.customer.CustomerPanel;
import io.kairos.customer.LifecycleStage;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.web.FormBinding;

/**
 * Customer pages: the list with search and filters, the form to add a customer, and the customer 360 page
 * with its change form and, for permitted roles, the audited reveal of the full contact data.
 */
@Controller
@RequestMapping("/customers")
@PreAuthorize("hasAuthority('customer.read')")
class CustomerPageController {

	private final Customers customers;

	private final SegmentFilters segmentFilters;

	private final List<CustomerPanel> panels;

	private final AccountManagers accountManagers;

	CustomerPageController(Customers customers, SegmentFilters segmentFilters, ObjectProvider<CustomerPanel> panels,
			AccountManagers accountManagers) {
		this.accountManagers = accountManagers;
		this.panels = panels.stream().sorted(Comparator.comparingInt(CustomerPanel::order)).toList();
		this.customers = customers;
		this.segmentFilters = segmentFilters;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("allGenders", Gender.values());
		model.addAttribute("allKinds", CustomerKind.values());
		model.addAttribute("allStages", LifecycleStage.values());
		model.addAttribute("allChannels", Channel.values());
		model.addAttribute("allTiers", Tiers.KNOWN);
		model.addAttribute("allStaff", accountManagers.choices());
		model.addAttribute("allPhoneKinds", PhoneKind.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String tier,
			@RequestParam(required = false) LifecycleStage stage, @RequestParam(required = false) Long segment,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String cursor, Model model) {
		model.addAttribute("page",
				customers.page(new CustomerFilter(q, tier, stage, segment, tag), Keyset.of(cursor, Keyset.DEFAULT_SIZE)));
		model.addAttribute("allSegments", segmentFilters.choices());
		model.addAttribute("segment", segment);
		model.addAttribute("tag", tag);
		model.addAttribute("q", q);
		model.addAttribute("tier", tier);
		model.addAttribute("stage", stage);
		return "customers/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('customer.write')")
	String newCustomer(Model model) {
		model.addAttribute("customer", CustomerForm.empty());
		return "customers/new";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('customer.write')")
	String create(@Valid @ModelAttribute("customer") CustomerForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "customers/new";
		}
		try {
			CustomerView created = customers.create(form.toNewCustomer());
			redirect.addFlashAttribute("notice", "notice.customer.created");
			return "redirect:/customers/" + created.id();
		}
		catch (ProblemException problem) {
			FormBinding.reject(result, onForm(problem, form));
			return "customers/new";
		}
	}

	/** The sections other parts add to the 360 page that this viewer may see (see {@link CustomerPanel}). */
	@ModelAttribute("panels")
	List<CustomerPanel> panels(Authentication viewer) {
		Set<String> held = viewer == null ? Set.of()
				: viewer.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
		return panels.stream().filter(panel -> panel.permission() == null || held.contains(panel.permission())).toList();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		CustomerView customer = customers.find(id);
		model.addAttribute("subject", customer);
		model.addAttribute("form", CustomerForm.of(customer));
		relations(customer, model);
		return "customers/show";
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('customer.write')")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CustomerForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				customers.update(id, form.version() == null ? -1 : form.version(), form.toChanges());
				redirect.addFlashAttribute("notice", "notice.customer.saved");
				return "redirect:/customers/" + id;
			}
			catch (ProblemException problem) {
				FormBinding.reject(result, onForm(problem, form));
			}
		}
		CustomerView customer = customers.find(id);
		model.addAttribute("subject", customer);
		relations(customer, model);
		return "customers/show";
	}

	/** Shows the full contact data in the answer to this POST only; nothing is kept in the session. */
	@PostMapping("/{id}/reveal")
	@PreAuthorize("hasAuthority('customer.pii.reveal')")
	String reveal(@PathVariable long id, Model model) {
		RevealedContact revealed = customers.reveal(id);
		CustomerView customer = customers.find(id);
		model.addAttribute("subject", customer);
		model.addAttribute("form", CustomerForm.of(customer));
		model.addAttribute("revealed", revealed);
		relations(customer, model);
		return "customers/show";
	}

	/** The organisation a person belongs to and the members of an organisation, for the 360 page. */
	private void relations(CustomerView customer, Model model) {
		model.addAttribute("organisation", customers.organisationOf(customer).orElse(null));
		model.addAttribute("members", customers.members(customer.id()));
	}

	/** The service names the ranked channels as one field and the phones by list index; the form has rows. */
	private static ProblemException onForm(ProblemException problem, CustomerForm form) {
		if ("preferredChannels".equals(problem.field())) {
			return new ProblemException(problem.status(), problem.messageKey(), "channel1", problem.arguments());
		}
		String field = form.phoneField(problem.field());
		if (field != null) {
			return new ProblemException(problem.status(), problem.messageKey(), field, problem.arguments());
		}
		return problem;
	}

}
