package io.kairos.customer.care;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.kairos.customer.profile.Channel;
import io.kairos.customer.segment.Segments;

/** What the service side of the 360 page shows, and the empty forms it offers where no form was just sent. */
@Component
class ServiceProfileModel {

	private final StageHistory stages;

	private final Personalities personalities;

	private final Contracts contracts;

	private final Consents consents;

	private final Segments segments;

	ServiceProfileModel(StageHistory stages, Personalities personalities, Contracts contracts, Consents consents,
			Segments segments) {
		this.stages = stages;
		this.personalities = personalities;
		this.contracts = contracts;
		this.consents = consents;
		this.segments = segments;
	}

	void fill(long id, Model model) {
		model.addAttribute("customerId", id);
		model.addAttribute("personality", personalities.of(id).orElse(null));
		model.addAttribute("personalityTypes", personalities.types());
		model.addAttribute("hints", personalities.hints());
		model.addAttribute("stageMoves", stages.of(id));
		model.addAttribute("contracts", contracts.of(id));
		model.addAttribute("consents", consents.of(id));
		model.addAttribute("memberships", segments.segmentsOf(id));
		model.addAttribute("allChannels", Channel.values());
		model.addAttribute("allConsentStatuses", ConsentStatus.values());
		model.addAttribute("allConsentSources", ConsentSource.values());
		model.addAttribute("allContractKinds", ContractKind.values());
		if (!model.containsAttribute("consentForm")) {
			model.addAttribute("consentForm", ConsentForm.empty());
		}
		if (!model.containsAttribute("personalityForm")) {
			model.addAttribute("personalityForm",
					new PersonalityForm(personalities.of(id).map(PersonalityType::code).orElse(null)));
		}
		if (!model.containsAttribute("contractForm")) {
			model.addAttribute("contractForm", ContractForm.empty());
		}
	}

}
