package org.esimstore;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.esimstore.payment.ProviderTestSupport;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port against a real PostgreSQL and the simulated
 * Dancity, with Paystack and Stripe enabled against a mock of their APIs. Every test
 * using it shares one application context, so keep the configuration identical (no extra
 * properties or mock beans). The providers' keys are set here rather than in
 * {@link TestInfrastructure} because they decide which beans exist, which properties
 * registered at runtime cannot.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "storefront.payment.paystack.secret-key=" + ProviderTestSupport.PAYSTACK_SECRET,
				"storefront.payment.stripe.secret-key=" + ProviderTestSupport.STRIPE_SECRET })
@AutoConfigureMockMvc
@AutoConfigureRestTestClient
@Import(TestInfrastructure.class)
public @interface IntegrationTest {

}
