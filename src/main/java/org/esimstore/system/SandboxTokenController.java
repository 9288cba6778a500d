package org.esimstore.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mints customer tokens for trying the API in the sandbox; absent outside it.
 */
@RestController
@ConditionalOnBooleanProperty("storefront.sandbox.enabled")
class SandboxTokenController {

	private final SandboxTokens tokens;

	SandboxTokenController(SandboxTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/api/v1/sandbox/tokens")
	SandboxToken mint(@Valid @RequestBody TokenRequest request) {
		return this.tokens.mint(request.customerId().strip());
	}

	/**
	 * Who to mint a token for.
	 *
	 * @param customerId the customer id, which becomes the token's subject
	 */
	record TokenRequest(@NotBlank(message = "customerId is required") @Size(max = 255,
			message = "customerId must be at most 255 characters") String customerId) {
	}

}
