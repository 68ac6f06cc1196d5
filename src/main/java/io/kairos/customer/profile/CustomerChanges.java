package io.kairos.customer.profile;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.kairos.customer.LifecycleStage;

/**
 * Changes to a customer; a null field is left as it is. An empty birthday, province, city, e-mail,
 * identity number, WeChat openid, notes or language removes it; {@code organisationId} {@code null} or {@code 0}
 * removes the membership (left out, it stays), and so for {@code accountManagerId}; an empty list removes all preferred channels or tags.
 */
public record CustomerChanges(
		@Size(min = 1, max = 100, message = "{validation.length}")
		@Pattern(regexp = TextRules.VISIBLE, message = "{validation.required}")
		@Pattern(regexp = TextRules.NO_CONTROL, message = "{validation.no-control-characters}") String name,
		Gender gender,
		String birthday,
		@Size(max = 50, message = "{validation.max-length}")
		@Pattern(regexp = TextRules.NO_CONTROL, message = "{validation.no-control-characters}") String province,
		@Size(max = 50, message = "{validation.max-length}")
		@Pattern(regexp = TextRules.NO_CONTROL, message = "{validation.no-control-characters}") String city,
		String mobile,
		@Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max-length}") String email,
		@Pattern(regexp = "|" + TextRules.ID_NUMBER, message = "{validation.id-number}") String idNumber,
		CustomerKind kind,
		LifecycleStage stage,
		@Size(max = 6, message = "{validation.too-many}") List<Channel> preferredChannels,
		@Size(max = 20, message = "{validation.too-many}") List<@NotBlank(message = "{validation.required}")
		@Size(max = 32, message = "{validation.max-length}")
		@Pattern(regexp = TextRules.NO_CONTROL, message = "{validation.no-control-characters}") String> tags,
		@Pattern(regexp = "|" + TextRules.WECHAT_OPENID, message = "{validation.wechat-openid}") String wechatOpenid,
		@Size(max = TextRules.MAX_NOTES, message = "{validation.max-length}")
		@Pattern(regexp = TextRules.MULTILINE, message = "{validation.no-control-characters}") String notes,
		@Pattern(regexp = "|" + TextRules.LANGUAGE, message = "{validation.language}") String language,
		OrganisationRef organisationId,
		AccountManagerRef accountManagerId,
		@Size(max = AdditionalPhones.MAX, message = "{validation.too-many}") List<Phone> phones) {
}
