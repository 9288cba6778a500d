package org.esimstore.esim;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The signed-in customer's eSIMs with their install details and QR codes. Another
 * customer's eSIM answers 404 exactly like a missing one; an id that is not a UUID
 * answers 400 {@code INVALID_PARAMETER}.
 */
@RestController
@RequestMapping("/api/v1/esims")
@Tag(name = "eSIMs", description = "The signed-in customer's eSIMs, install details and QR codes")
class EsimController {

	private final EsimService esims;

	EsimController(EsimService esims) {
		this.esims = esims;
	}

	@GetMapping
	@Operation(summary = "List the customer's eSIMs, newest first",
			description = "Status and usage as stored, each as of its refreshedAt; listing never waits for Dancity.")
	EsimPage list(@AuthenticationPrincipal Jwt jwt,
			@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = "page size, 1 to 100") @RequestParam(
					defaultValue = "20") @Min(1) @Max(100) int size) {
		Page<CustomerEsim> found = this.esims.listForCustomer(jwt.getSubject(), page, size);
		return new EsimPage(found.map(this::response).getContent(), page, size, found.getTotalElements(),
				found.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Show one eSIM with its install details",
			description = "Status and usage are read from Dancity when the stored ones are older than a few minutes; "
					+ "when Dancity fails, the stored ones are shown with their refreshedAt. "
					+ "404 ESIM_NOT_FOUND for another customer's eSIM as for a missing one; "
					+ "400 INVALID_PARAMETER for an id that is not a UUID.")
	EsimResponse get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		return response(this.esims.showForCustomer(jwt.getSubject(), id));
	}

	@GetMapping("/{id}/qr")
	@Operation(summary = "The eSIM's install QR code as PNG or SVG",
			description = "Rendered here from the stored activation code, so it works while Dancity is down. "
					+ "The format parameter wins over the Accept header; PNG unless image/svg+xml is preferred. "
					+ "size is the width and height in pixels, 128 to 1024 (default 512). "
					+ "409 ESIM_NOT_READY while Dancity is still allocating the eSIM.")
	ResponseEntity<byte[]> qr(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
			@Parameter(description = "png or svg") @RequestParam(required = false) @Nullable String format,
			@RequestParam(defaultValue = "512") @Min(128) @Max(1024) int size,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		QrFormat chosen = QrFormat.choose(format, accept);
		CustomerEsim esim = this.esims.storedForCustomer(jwt.getSubject(), id);
		InstallDetails install = esim.install();
		if (install == null) {
			throw new EsimNotReadyException(id, esim.status());
		}
		byte[] image = switch (chosen) {
			case PNG -> QrCodes.png(install.activationCode(), size);
			case SVG -> QrCodes.svg(install.activationCode(), size).getBytes(StandardCharsets.UTF_8);
		};
		return ResponseEntity.ok()
			.contentType(chosen.mediaType())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(image);
	}

	private EsimResponse response(CustomerEsim esim) {
		String qrCodeUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/esims/{id}/qr")
			.buildAndExpand(esim.id())
			.toUriString();
		return EsimResponse.of(esim, qrCodeUrl);
	}

}
