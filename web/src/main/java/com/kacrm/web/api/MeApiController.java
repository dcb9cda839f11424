package com.kacrm.web.api;

import com.kacrm.web.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API caller is, so clients can adapt to the caller's role and team. */
@RestController
@RequestMapping("/api/v1")
class MeApiController {

	@GetMapping("/me")
	MeResource me(@AuthenticationPrincipal CurrentUser user) {
		return new MeResource(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole().name(),
				user.getTeamCode());
	}

	record MeResource(Long id, String username, String displayName, String role, String teamCode) {
	}

}
