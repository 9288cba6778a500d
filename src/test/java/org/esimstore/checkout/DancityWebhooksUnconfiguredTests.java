package org.esimstore.checkout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.esimstore.dancity.DancityProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Dancity webhooks while no webhook secret is configured.
 */
class DancityWebhooksUnconfiguredTests {

	private final DancityWebhookEvents events = mock(DancityWebhookEvents.class);

	private final FulfilmentHints hints = mock(FulfilmentHints.class);

	@Test
	void refusesEveryDeliveryAndStoresNothing() {
		DancityWebhooks webhooks = new DancityWebhooks(propertiesWithSecret(""), JsonMapper.builder().build(),
				this.events, this.hints, mock(TransactionTemplate.class));
		byte[] body = "{\"event\": \"transaction.success\", \"data\": {}}".getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(DancityWebhookNotConfiguredException.class)
			.isThrownBy(() -> webhooks.receive(body, "anything"))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(ex.code()).isEqualTo("WEBHOOK_NOT_CONFIGURED");
			});
		verifyNoInteractions(this.events, this.hints);
	}

	private static DancityProperties propertiesWithSecret(String secret) {
		return new DancityProperties("http://localhost", "/api/v1", "dcy_live_key", secret, Duration.ofSeconds(1),
				Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
	}

}
