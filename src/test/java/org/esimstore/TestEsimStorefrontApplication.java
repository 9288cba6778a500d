package org.esimstore;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.esimstore.dancity.DancitySimulator;

import org.springframework.boot.SpringApplication;

/**
 * The local sandbox ({@code ./mvnw spring-boot:test-run}): the real application against a
 * simulated Dancity, a local or embedded PostgreSQL and sandbox payments, with generated
 * secrets. No real purchase is possible.
 */
public class TestEsimStorefrontApplication {

	public static void main(String[] args) {
		TestDatabase database = TestDatabase.forSandbox();
		DancitySimulator simulator = DancitySimulator.start(Integer.getInteger("sandbox.dancity.port", 0));
		List<String> arguments = new ArrayList<>(List.of(args));
		arguments.add("--storefront.sandbox.enabled=true");
		arguments.add("--spring.datasource.url=" + database.url());
		arguments.add("--spring.datasource.username=" + database.username());
		arguments.add("--spring.datasource.password=" + database.password());
		arguments.add("--dancity.base-url=" + simulator.baseUrl());
		arguments.add("--dancity.api-key=" + DancitySimulator.API_KEY);
		arguments.add("--storefront.customer-jwt.secret=" + randomBase64(48));
		arguments.add("--storefront.encryption-key=" + randomBase64(32));
		arguments.add("--storefront.payment.provider=sandbox");
		SpringApplication.from(EsimStorefrontApplication::main).run(arguments.toArray(String[]::new));
	}

	private static String randomBase64(int bytes) {
		byte[] key = new byte[bytes];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
