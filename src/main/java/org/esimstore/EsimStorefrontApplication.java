package org.esimstore;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Entry point of the eSIM storefront backend.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class EsimStorefrontApplication {

	public static void main(String[] args) {
		SpringApplication.run(EsimStorefrontApplication.class, args);
	}

}
