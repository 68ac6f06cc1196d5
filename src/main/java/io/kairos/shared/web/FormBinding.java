package io.kairos.shared.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.ModelAndView;

import io.kairos.shared.api.ProblemException;

/** Page forms: an empty field arrives as null, and a refused business rule shows next to its field or as an error page. */
@ControllerAdvice(annotations = Controller.class)
public class FormBinding {

	@InitBinder
	void emptyIsNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(false) {
			@Override
			public void setAsText(String text) {
				setValue(text == null || text.isBlank() ? null : text);
			}
		});
	}

	/** A refusal no form can show (a missing record, a bad parameter) becomes an error page in the user's language. */
	@ExceptionHandler(ProblemException.class)
	ModelAndView refused(ProblemException problem) {
		ModelAndView view = new ModelAndView("error", problem.status());
		view.addObject("status", problem.status().value());
		view.addObject("messageKey", problem.messageKey());
		view.addObject("messageArgs", problem.arguments());
		return view;
	}

	/** Shows a service's refusal on the form: on its field when it names one, else above the form. */
	public static void reject(BindingResult result, ProblemException problem) {
		if (problem.field() != null && result.getTarget() != null) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
		}
		else if (problem.field() != null) {
			result.addError(new org.springframework.validation.FieldError(result.getObjectName(), problem.field(),
					null, false, new String[] { problem.messageKey() }, problem.arguments(), problem.messageKey()));
		}
		else {
			result.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
		}
	}

}
