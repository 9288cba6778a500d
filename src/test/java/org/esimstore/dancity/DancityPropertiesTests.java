package org.esimstore.dancity;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service refuses to start without a Dancity key and says which variable to set.
 */
class DancityPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(BindDancityProperties.class)
		.withPropertyValues("dancity.base-url=https://api.dancity.app", "dancity.path-prefix=/api/v1",
				"dancity.connect-timeout=1s", "dancity.read-timeout=1s", "dancity.purchase-read-timeout=1s",
				"dancity.health-cache-time=1s");

	@Test
	void refusesToStartWithoutAnApiKeyNamingTheVariable() {
		this.runner.withPropertyValues("dancity.api-key=").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("DANCITY_API_KEY");
		});
	}

	@Test
	void startsWithAnApiKeyAndNeverPrintsIt() {
		this.runner.withPropertyValues("dancity.api-key=dcy_live_secret").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(DancityProperties.class).toString()).doesNotContain("dcy_live_secret");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DancityProperties.class)
	static class BindDancityProperties {

	}

}
