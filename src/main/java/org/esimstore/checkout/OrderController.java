package org.esimstore.checkout;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
 * The customer's orders of new eSIMs: placing one and following it.
 */
@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

	private final OrderPlacement placement;

	private final CustomerOrders customerOrders;

	OrderController(OrderPlacement placement, CustomerOrders customerOrders) {
		this.placement = placement;
		this.customerOrders = customerOrders;
	}

	@PostMapping
	ResponseEntity<OrderView> place(@AuthenticationPrincipal Jwt token,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody OrderRequest request) {
		return respond(this.customerOrders, this.placement.placeEsimOrder(token.getSubject(), idempotencyKey, request,
				token.getClaimAsString("email")));
	}

	@GetMapping
	OrderPage list(@AuthenticationPrincipal Jwt token, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.customerOrders.list(token.getSubject(), page, size);
	}

	@GetMapping("/{orderId}")
	OrderView get(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
		return this.customerOrders.find(token.getSubject(), orderId);
	}

	/**
	 * The answer to a placement: 201 with the new order's location, or 200 with the order
	 * an earlier identical request placed.
	 * @param customerOrders how the customer sees orders
	 * @param placed the placed order
	 * @return the response
	 */
	static ResponseEntity<OrderView> respond(CustomerOrders customerOrders, PlacedOrder placed) {
		OrderView order = customerOrders.view(placed.order());
		if (placed.created()) {
			return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id())).body(order);
		}
		return ResponseEntity.ok(order);
	}

}
