package org.esimstore.dancity;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where and how to reach Dancity.
 *
 * @param baseUrl Dancity's host, such as {@code https://api.dancity.app}
 * ({@code DANCITY_BASE_URL})
 * @param pathPrefix path prefix of the merchant API, {@code /api/v1}
 * ({@code DANCITY_PATH_PREFIX})
 * @param apiKey the merchant API key ({@code DANCITY_API_KEY}); never logged
 * @param webhookSecret secret that signs Dancity's webhooks
 * ({@code DANCITY_WEBHOOK_SECRET}); never logged
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the answer to a read
 * @param purchaseReadTimeout how long to wait for the answer to a purchase before its
 * outcome counts as unknown
 * @param healthCacheTime how long the health indicator reuses its last check, to spare
 * the rate budget
 */
@Validated
@ConfigurationProperties("dancity")
public record DancityProperties(@NotBlank(message = "set DANCITY_BASE_URL to Dancity's address") String baseUrl,
		@NotNull String pathPrefix,
		@NotBlank(message = "set DANCITY_API_KEY to the Dancity merchant API key") String apiKey,
		@Nullable String webhookSecret, @NotNull Duration connectTimeout, @NotNull Duration readTimeout,
		@NotNull Duration purchaseReadTimeout, @NotNull Duration healthCacheTime) {

	@Override
	public String toString() {
		return "DancityProperties[baseUrl=" + this.baseUrl + ", pathPrefix=" + this.pathPrefix
				+ ", apiKey=******, connectTimeout=" + this.connectTimeout + ", readTimeout=" + this.readTimeout
				+ ", purchaseReadTimeout=" + this.purchaseReadTimeout + "]";
	}

}
