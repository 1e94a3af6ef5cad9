package dev.delist.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user into every page's model, for the header and for showing only allowed buttons. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	CurrentUser currentUser(Authentication authentication) {
		return CurrentUser.of(authentication).orElse(null);
	}

}
