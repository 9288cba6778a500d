package org.esimstore.checkout;

import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Top-ups for the customer's own eSIMs: what can be added, and ordering it.
 */
@RestController
@RequestMapping("/api/v1/esims/{esimId}")
class TopUpController {

	private final OrderPlacement placement;

	private final CustomerOrders customerOrders;

	TopUpController(OrderPlacement placement, CustomerOrders customerOrders) {
		this.placement = placement;
		this.customerOrders = customerOrders;
	}

	@GetMapping("/topup-packages")
	TopUpPackages packages(@AuthenticationPrincipal Jwt token, @PathVariable UUID esimId,
			@RequestParam(required = false) @Nullable String currency) {
		return new TopUpPackages(esimId,
				this.placement.topUpPackages(token.getSubject(), esimId, currency)
					.stream()
					.map(TopUpPackageView::of)
					.toList());
	}

	@PostMapping("/topups")
	ResponseEntity<OrderView> order(@AuthenticationPrincipal Jwt token, @PathVariable UUID esimId,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody TopUpRequest request) {
		return OrderController.respond(this.customerOrders, this.placement.placeTopUpOrder(token.getSubject(), esimId,
				idempotencyKey, request, token.getClaimAsString("email")));
	}

}
