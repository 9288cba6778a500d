package org.esimstore.payment.paystack;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.money.Money;
import org.esimstore.payment.PaymentProperties;
import org.esimstore.payment.PaymentProviderException;
import org.esimstore.payment.PaymentProviderRejectedException;
import org.esimstore.payment.PaymentProviderType;
import org.esimstore.payment.PaymentProviderUnavailableException;
import org.esimstore.payment.ProviderRefund;
import org.esimstore.payment.ProviderTestSupport;
import org.esimstore.payment.RefundStatus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the Paystack client sends, how it reads Paystack's answers, and how each failure
 * is reported, against a local WireMock Paystack.
 */
class PaystackClientTests {

	private static final String AUTHORIZATION = "Bearer " + ProviderTestSupport.PAYSTACK_SECRET;

	private static final String VERIFIED_TRANSACTION = """
			{
			  "status": true,
			  "message": "Verification successful",
			  "data": {
			    "id": 4099260516,
			    "domain": "test",
			    "status": "success",
			    "reference": "ord-7f3a9c",
			    "receipt_number": null,
			    "amount": 450000,
			    "message": null,
			    "gateway_response": "Successful",
			    "paid_at": "2026-05-24T10:23:11.000Z",
			    "created_at": "2026-05-24T10:22:45.000Z",
			    "channel": "card",
			    "currency": "NGN",
			    "ip_address": "197.210.45.12",
			    "metadata": { "order_id": "7f3a9c" },
			    "log": null,
			    "fees": 7500,
			    "fees_split": null,
			    "authorization": {
			      "authorization_code": "AUTH_pmx3mgawyd",
			      "bin": "408408",
			      "last4": "4081",
			      "exp_month": "12",
			      "exp_year": "2030",
			      "channel": "card",
			      "card_type": "visa ",
			      "bank": "TEST BANK",
			      "country_code": "NG",
			      "brand": "visa",
			      "reusable": true,
			      "signature": "SIG_yEXu7dLBeqG0kU7g95Ke"
			    },
			    "customer": {
			      "id": 92312441,
			      "first_name": null,
			      "last_name": null,
			      "email": "ada@example.com",
			      "customer_code": "CUS_xnxdt6s1zg1f4nx",
			      "phone": null,
			      "metadata": null,
			      "risk_action": "default"
			    },
			    "plan": null,
			    "split": {},
			    "order_id": null,
			    "paidAt": "2026-05-24T10:23:11.000Z",
			    "createdAt": "2026-05-24T10:22:45.000Z",
			    "requested_amount": 450000,
			    "pos_transaction_data": null,
			    "source": null,
			    "fees_breakdown": null,
			    "transaction_date": "2026-05-24T10:22:45.000Z",
			    "plan_object": {},
			    "subaccount": {}
			  }
			}
			""";

	private static WireMockServer paystack;

	private PaystackClient client;

	@BeforeAll
	static void startPaystack() {
		paystack = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		paystack.start();
	}

	@AfterAll
	static void stopPaystack() {
		paystack.stop();
	}

	@BeforeEach
	void setUp() {
		paystack.resetAll();
		this.client = clientFor(paystack.baseUrl(), Duration.ofSeconds(5));
	}

	private static PaystackClient clientFor(String baseUrl, Duration readTimeout) {
		return new PaystackClient(
				ProviderTestSupport.paystack(baseUrl, readTimeout, "https://shop.example/orders/7f3a9c/paid"),
				JsonMapper.builder().build());
	}

	@Test
	void initializeSendsTheAmountInKoboWithTheSecretKeyAsBearer() {
		paystack.stubFor(post("/transaction/initialize").willReturn(okJson("""
				{
				  "status": true,
				  "message": "Authorization URL created",
				  "data": {
				    "authorization_url": "https://checkout.paystack.com/0peioxfhpn",
				    "access_code": "0peioxfhpn",
				    "reference": "ord-7f3a9c"
				  }
				}
				""")));

		PaystackCheckout checkout = this.client.initialize("ord-7f3a9c", Money.of("4500.00", "NGN"), "ada@example.com",
				Map.of("order_id", "7f3a9c"));

		assertThat(checkout)
			.isEqualTo(new PaystackCheckout("https://checkout.paystack.com/0peioxfhpn", "0peioxfhpn", "ord-7f3a9c"));
		paystack.verify(postRequestedFor(urlPathEqualTo("/transaction/initialize"))
			.withHeader("Authorization", equalTo(AUTHORIZATION))
			.withHeader("Content-Type", WireMock.containing("application/json"))
			.withRequestBody(equalToJson("""
					{
					  "reference": "ord-7f3a9c",
					  "amount": "450000",
					  "currency": "NGN",
					  "email": "ada@example.com",
					  "callback_url": "https://shop.example/orders/7f3a9c/paid",
					  "metadata": { "order_id": "7f3a9c" }
					}
					""")));
	}

	@Test
	void initializeRefusesAReferencePaystackWouldNotAcceptWithoutCallingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> this.client.initialize("ord/7f3a9c", Money.of("4500.00", "NGN"), "ada@example.com", Map.of()))
			.withMessageContaining("'ord/7f3a9c'");
		assertThat(paystack.getAllServeEvents()).isEmpty();
	}

	@Test
	void verifyReadsAPaidTransaction() {
		paystack.stubFor(get("/transaction/verify/ord-7f3a9c").willReturn(okJson(VERIFIED_TRANSACTION)));

		PaystackTransaction transaction = this.client.verify("ord-7f3a9c");

		assertThat(transaction).isEqualTo(new PaystackTransaction("4099260516", "ord-7f3a9c",
				PaystackTransactionStatus.SUCCESS, Money.of("4500.00", "NGN"), Instant.parse("2026-05-24T10:23:11Z"),
				"Successful", "ada@example.com"));
		assertThat(transaction.isSuccessful()).isTrue();
		paystack.verify(getRequestedFor(urlPathEqualTo("/transaction/verify/ord-7f3a9c")).withHeader("Authorization",
				equalTo(AUTHORIZATION)));
	}

	@Test
	void verifyReportsAnAbandonedTransactionAsAnAnswer() {
		paystack.stubFor(get("/transaction/verify/ord-7f3a9c").willReturn(okJson("""
				{
				  "status": true,
				  "message": "Verification successful",
				  "data": {
				    "id": 4099260517,
				    "status": "abandoned",
				    "reference": "ord-7f3a9c",
				    "amount": 450000,
				    "gateway_response": "The transaction was not completed",
				    "paid_at": null,
				    "currency": "NGN",
				    "customer": { "email": "ada@example.com" },
				    "a_field_paystack_adds_later": { "nested": [1, 2] }
				  }
				}
				""")));

		PaystackTransaction transaction = this.client.verify("ord-7f3a9c");

		assertThat(transaction.status()).isEqualTo(PaystackTransactionStatus.ABANDONED);
		assertThat(transaction.isSuccessful()).isFalse();
		assertThat(transaction.paidAt()).isNull();
	}

	@Test
	void verifyReadsAStatusPaystackAddsLaterAsUnknown() {
		paystack.stubFor(get("/transaction/verify/ord-7f3a9c")
			.willReturn(okJson(VERIFIED_TRANSACTION.replace("\"status\": \"success\"", "\"status\": \"on_hold\""))));

		assertThat(this.client.verify("ord-7f3a9c").status()).isEqualTo(PaystackTransactionStatus.UNKNOWN);
	}

	@Test
	void verifyOfAnUnknownReferenceIsRejected() {
		paystack.stubFor(get("/transaction/verify/ord-missing")
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"status": false, "message": "Transaction reference not found", "type": "validation_error",
					 "code": "transaction_not_found", "meta": {"nextStep": "Ensure the reference is correct"}}
					""")));

		assertThatExceptionOfType(PaymentProviderRejectedException.class)
			.isThrownBy(() -> this.client.verify("ord-missing"))
			.satisfies((ex) -> {
				assertThat(ex.provider()).isEqualTo(PaymentProviderType.PAYSTACK);
				assertThat(ex.providerStatus()).isEqualTo(400);
				assertThat(ex.providerCode()).isEqualTo("transaction_not_found");
				assertThat(ex.providerMessage()).isEqualTo("Transaction reference not found");
				assertThat(ex.isAuthenticationFailure()).isFalse();
				assertThat(ex.certainlyNotApplied()).isTrue();
				assertThat(ex.getMessage()).contains("'ord-missing'", "HTTP 400", "Transaction reference not found");
			});
	}

	@Test
	void refundSendsTheTransactionAndAPartialAmountInKobo() {
		paystack.stubFor(post("/refund").willReturn(okJson("""
				{
				  "status": true,
				  "message": "Refund has been queued for processing",
				  "data": {
				    "transaction": {
				      "id": 4099260516,
				      "domain": "test",
				      "reference": "ord-7f3a9c",
				      "amount": 450000,
				      "paid_at": "2026-05-24T10:23:11.000Z",
				      "channel": "card",
				      "currency": "NGN"
				    },
				    "integration": 463433,
				    "deducted_amount": 0,
				    "channel": null,
				    "merchant_note": "Refund for transaction ord-7f3a9c by merchant",
				    "customer_note": "Refund for transaction ord-7f3a9c",
				    "status": "pending",
				    "refunded_by": "merchant@example.com",
				    "expected_at": "2026-06-03T10:27:00.000Z",
				    "currency": "NGN",
				    "domain": "test",
				    "amount": 100000,
				    "fully_deducted": false,
				    "id": 3018284,
				    "createdAt": "2026-05-24T11:27:00.000Z",
				    "updatedAt": "2026-05-24T11:27:00.000Z"
				  }
				}
				""")));

		ProviderRefund refund = this.client.refund("ord-7f3a9c", Money.of("1000.00", "NGN"));

		assertThat(refund).isEqualTo(new ProviderRefund(PaymentProviderType.PAYSTACK, "3018284", RefundStatus.PENDING,
				"pending", Money.of("1000.00", "NGN")));
		paystack.verify(postRequestedFor(urlPathEqualTo("/refund")).withHeader("Authorization", equalTo(AUTHORIZATION))
			.withRequestBody(equalToJson("""
					{"transaction": "ord-7f3a9c", "amount": "100000", "currency": "NGN"}
					""")));
	}

	@Test
	void refundOfEverythingSendsNoAmount() {
		paystack.stubFor(post("/refund").willReturn(okJson("""
				{"status": true, "message": "Refund has been queued for processing",
				 "data": {"id": 3018285, "status": "processed", "amount": 450000, "currency": "NGN"}}
				""")));

		ProviderRefund refund = this.client.refund("4099260516", null);

		assertThat(refund.status()).isEqualTo(RefundStatus.SUCCEEDED);
		paystack.verify(postRequestedFor(urlPathEqualTo("/refund")).withRequestBody(equalToJson("""
				{"transaction": "4099260516"}
				""")));
	}

	@Test
	void listsOnlyTheRefundsThatNameTheTransactionWhateverTheFilterDid() {
		paystack.stubFor(get(urlPathEqualTo("/refund")).withQueryParam("transaction", equalTo("4099260516"))
			.willReturn(okJson("""
					{"status": true, "message": "Refunds retrieved",
					 "data": [
					   {"id": 3018286, "transaction": 4099260516, "status": "processed", "amount": 450000,
					    "currency": "NGN"},
					   {"id": 3018287, "transaction": {"id": 4099260516, "reference": "ord-7f3a9c"},
					    "status": "pending", "amount": 450000, "currency": "NGN"},
					   {"id": 3018288, "transaction": 5000000001, "status": "processed", "amount": 100,
					    "currency": "NGN"}
					 ],
					 "meta": {"total": 3, "skipped": 0, "perPage": 50, "page": 1, "pageCount": 1}}
					""")));

		assertThat(this.client.refundsOf("4099260516")).extracting(ProviderRefund::refundId)
			.containsExactly("3018286", "3018287");
	}

	@Test
	void listsNoRefundsForATransactionWithoutAny() {
		paystack.stubFor(get(urlPathEqualTo("/refund")).willReturn(okJson("""
				{"status": true, "message": "Refunds retrieved", "data": [],
				 "meta": {"total": 0, "skipped": 0, "perPage": 50, "page": 1, "pageCount": 0}}
				""")));

		assertThat(this.client.refundsOf("4099260516")).isEmpty();
	}

	@Test
	void aWrongSecretKeyIsRejectedAsAnAuthenticationFailureWithoutRepeatingTheKey() {
		paystack.stubFor(post("/transaction/initialize").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"{\"status\": false, \"message\": \"Invalid key: " + ProviderTestSupport.PAYSTACK_SECRET + "\"}")));

		assertThatExceptionOfType(PaymentProviderRejectedException.class)
			.isThrownBy(
					() -> this.client.initialize("ord-7f3a9c", Money.of("4500.00", "NGN"), "ada@example.com", Map.of()))
			.satisfies((ex) -> {
				assertThat(ex.isAuthenticationFailure()).isTrue();
				assertThat(ex.providerStatus()).isEqualTo(401);
				assertThat(ex.getMessage()).contains("Invalid key").doesNotContain(ProviderTestSupport.PAYSTACK_SECRET);
				assertThat(ex.providerMessage()).doesNotContain(ProviderTestSupport.PAYSTACK_SECRET);
			});
	}

	@Test
	void aSuccessfulStatusWithStatusFalseInTheBodyIsRejected() {
		paystack.stubFor(post("/transaction/initialize")
			.willReturn(okJson("{\"status\": false, \"message\": \"Duplicate Transaction Reference\"}")));

		assertThatExceptionOfType(PaymentProviderRejectedException.class)
			.isThrownBy(
					() -> this.client.initialize("ord-7f3a9c", Money.of("4500.00", "NGN"), "ada@example.com", Map.of()))
			.withMessageContaining("Duplicate Transaction Reference");
	}

	@Test
	void aServerErrorMakesPaystackUnavailableWithAnUnclearOutcome() {
		paystack.stubFor(post("/transaction/initialize")
			.willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));

		assertThatExceptionOfType(PaymentProviderUnavailableException.class)
			.isThrownBy(
					() -> this.client.initialize("ord-7f3a9c", Money.of("4500.00", "NGN"), "ada@example.com", Map.of()))
			.satisfies((ex) -> {
				assertThat(ex.certainlyNotApplied()).isFalse();
				assertThat(ex.getMessage()).contains("HTTP 502", "'ord-7f3a9c'");
			});
	}

	@Test
	void rateLimitingMakesPaystackUnavailableWithNothingDone() {
		paystack.stubFor(get("/transaction/verify/ord-7f3a9c").willReturn(aResponse().withStatus(429)));

		assertThatExceptionOfType(PaymentProviderUnavailableException.class)
			.isThrownBy(() -> this.client.verify("ord-7f3a9c"))
			.satisfies((ex) -> assertThat(ex.certainlyNotApplied()).isTrue());
	}

	@Test
	void anUnreadableSuccessfulAnswerMakesPaystackUnavailable() {
		paystack.stubFor(post("/transaction/initialize")
			.willReturn(okJson("{\"status\": true, \"data\": {\"access_code\": \"0peioxfhpn\"}}")));

		assertThatExceptionOfType(PaymentProviderUnavailableException.class)
			.isThrownBy(
					() -> this.client.initialize("ord-7f3a9c", Money.of("4500.00", "NGN"), "ada@example.com", Map.of()))
			.satisfies((ex) -> {
				assertThat(ex.certainlyNotApplied()).isFalse();
				assertThat(ex.getMessage()).contains("authorization_url");
			});
	}

	@Test
	void aSlowAnswerTimesOutWithAnUnclearOutcome() {
		WireMockServer slowPaystack = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		slowPaystack.start();
		try {
			slowPaystack.stubFor(get("/transaction/verify/ord-7f3a9c")
				.willReturn(okJson(VERIFIED_TRANSACTION).withFixedDelay(1000)));
			PaystackClient impatient = clientFor(slowPaystack.baseUrl(), Duration.ofMillis(200));

			assertThatExceptionOfType(PaymentProviderUnavailableException.class)
				.isThrownBy(() -> impatient.verify("ord-7f3a9c"))
				.satisfies((ex) -> {
					assertThat(ex.certainlyNotApplied()).isFalse();
					assertThat(ex.getMessage()).contains("did not answer");
				});
		}
		finally {
			slowPaystack.stop();
		}
	}

	@Test
	void aRefusedConnectionMakesPaystackUnavailableWithNothingDone() {
		PaystackClient unreachable = clientFor(ProviderTestSupport.refusingBaseUrl(), Duration.ofSeconds(2));

		assertThatExceptionOfType(PaymentProviderUnavailableException.class)
			.isThrownBy(() -> unreachable.refund("ord-7f3a9c", null))
			.satisfies((ex) -> {
				assertThat(ex.certainlyNotApplied()).isTrue();
				assertThat(ex.getMessage()).contains("Could not connect to Paystack")
					.doesNotContain(ProviderTestSupport.PAYSTACK_SECRET);
			});
	}

	@Test
	void failuresNeverCarryTheSecretKey() {
		paystack.stubFor(any500());

		assertThatExceptionOfType(PaymentProviderException.class).isThrownBy(() -> this.client.verify("ord-7f3a9c"))
			.satisfies((ex) -> assertThat(ex.toString()).doesNotContain(ProviderTestSupport.PAYSTACK_SECRET));
	}

	@Test
	void refusesToStartWithoutASecretKey() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new PaystackClient(
					new PaymentProperties(PaymentProviderType.PAYSTACK, null, null, null, null),
					JsonMapper.builder().build()))
			.withMessageContaining("PAYSTACK_SECRET_KEY");
	}

	@Test
	void amountsAreConvertedFromKoboExactly() {
		paystack.stubFor(get("/transaction/verify/ord-7f3a9c")
			.willReturn(okJson(VERIFIED_TRANSACTION.replace("\"amount\": 450000", "\"amount\": 450001"))));

		assertThat(this.client.verify("ord-7f3a9c").amount().amount()).isEqualByComparingTo(new BigDecimal("4500.01"));
	}

	private static MappingBuilder any500() {
		return WireMock.any(WireMock.anyUrl())
			.willReturn(aResponse().withStatus(500)
				.withBody("{\"status\": false, \"message\": \"Internal error for " + ProviderTestSupport.PAYSTACK_SECRET
						+ "\"}"));
	}

}
