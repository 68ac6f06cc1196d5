package io.kairos.messaging.template;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.messaging.gateway.DeliveryChannel;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.web.FormBinding;

/** The template list and editor for admins. */
@Controller
@PreAuthorize("hasAuthority('messaging.admin')")
class TemplatePageController {

	private static final String EDIT = "/admin/messaging/templates/{kind}/{channel}/{locale}";

	private final MessageTemplates templates;

	TemplatePageController(MessageTemplates templates) {
		this.templates = templates;
	}

	@GetMapping("/admin/messaging/templates")
	String list(Model model) {
		model.addAttribute("templates", templates.all());
		return "messaging/templates";
	}

	@GetMapping(EDIT)
	String edit(@PathVariable String kind, @PathVariable DeliveryChannel channel, @PathVariable String locale,
			Model model) {
		MessageTemplate template = template(kind, channel, locale);
		model.addAttribute("template", template);
		model.addAttribute("form", TemplateForm.of(template));
		return "messaging/template-edit";
	}

	@PostMapping(EDIT)
	String save(@PathVariable String kind, @PathVariable DeliveryChannel channel, @PathVariable String locale,
			@ModelAttribute("form") TemplateForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		MessageTemplate template = template(kind, channel, locale);
		try {
			templates.change(kind, channel, locale,
					new TemplateChange(form.subject(), form.body(), form.htmlBody(), form.version()));
			redirect.addFlashAttribute("notice", "notice.messaging.template-saved");
			return "redirect:/admin/messaging/templates";
		}
		catch (ProblemException problem) {
			FormBinding.reject(result, problem);
			model.addAttribute("template", template);
			return "messaging/template-edit";
		}
	}

	private MessageTemplate template(String kind, DeliveryChannel channel, String locale) {
		return templates.find(kind, channel, locale)
			.orElseThrow(() -> ProblemException.notFound("problem.messaging.template-not-found"));
	}

}
