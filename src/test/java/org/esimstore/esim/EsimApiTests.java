package org.esimstore.esim;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.esimstore.CustomerTokens;
import org.esimstore.IntegrationTest;
import org.esimstore.dancity.DancitySimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer's eSIM endpoints against PostgreSQL and the simulated Dancity: ownership,
 * install details, QR codes, and usage that is refreshed at most once per interval and
 * never lost to a Dancity failure.
 */
@IntegrationTest
class EsimApiTests {

	@Autowired
	RestTestClient client;

	@Autowired
	Esims esims;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@LocalServerPort
	int port;

	private final List<StubMapping> stubs = new ArrayList<>();

	@AfterEach
	void restoreDancity() {
		this.stubs.forEach(DancitySimulator.shared().server()::removeStub);
		this.circuitBreakers.circuitBreaker("dancity").reset();
	}

	@Test
	void listsOnlyTheCustomersOwnEsimsNewestFirst() {
		String customer = EsimFixtures.customerId();
		CustomerEsim first = register(customer);
		CustomerEsim second = register(customer);
		CustomerEsim third = register(customer);
		register(EsimFixtures.customerId());

		this.client.get()
			.uri("/api/v1/esims?page=0&size=2")
			.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(customer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.items[0].id")
			.isEqualTo(third.id().toString())
			.jsonPath("$.items[1].id")
			.isEqualTo(second.id().toString())
			.jsonPath("$.items[0].install.activationCode")
			.isEqualTo(third.install().activationCode())
			.jsonPath("$.page")
			.isEqualTo(0)
			.jsonPath("$.size")
			.isEqualTo(2)
			.jsonPath("$.totalItems")
			.isEqualTo(3)
			.jsonPath("$.totalPages")
			.isEqualTo(2);
		this.client.get()
			.uri("/api/v1/esims?page=1&size=2")
			.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(customer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].id")
			.isEqualTo(List.of(first.id().toString()));
	}

	@Test
	void refusesAPageSizeOutOfBounds() {
		this.client.get()
			.uri("/api/v1/esims?size=101")
			.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(EsimFixtures.customerId()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void showsAnEsimWithItsInstallDetailsWithoutAskingDancityWhileItsUsageIsFresh() {
		String customer = EsimFixtures.customerId();
		String transactionId = EsimFixtures.transactionId();
		String iccid = EsimFixtures.iccid();
		String activationCode = EsimFixtures.activationCode();
		CustomerEsim esim = this.esims.register(
				EsimFixtures.registration(customer, transactionId, EsimFixtures.allocated(iccid, activationCode)));

		this.client.get()
			.uri("/api/v1/esims/{id}", esim.id())
			.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(customer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(esim.id().toString())
			.jsonPath("$.iccid")
			.isEqualTo(iccid)
			.jsonPath("$.status")
			.isEqualTo("READY")
			.jsonPath("$.dataRemainingBytes")
			.isEqualTo(EsimFixtures.ONE_GIB)
			.jsonPath("$.dataTotalBytes")
			.isEqualTo(EsimFixtures.ONE_GIB)
			.jsonPath("$.validityRemainingDays")
			.isEqualTo(7)
			.jsonPath("$.refreshedAt")
			.isEqualTo(esim.refreshedAt().toString())
			.jsonPath("$.packageCode")
			.isEqualTo("CKH513")
			.jsonPath("$.packageName")
			.isEqualTo("Qatar 1GB 7Days")
			.jsonPath("$.install.activationCode")
			.isEqualTo(activationCode)
			.jsonPath("$.install.smdpAddress")
			.isEqualTo("rsp-eu.simlessly.com")
			.jsonPath("$.install.matchingId")
			.isEqualTo(EsimFixtures.matchingId(activationCode))
			.jsonPath("$.install.qrCodeUrl")
			.isEqualTo("http://localhost:" + this.port + "/api/v1/esims/" + esim.id() + "/qr")
			.jsonPath("$.install.iosInstallUrl")
			.isEqualTo("https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=LPA%3A1%24rsp-eu.simlessly.com%24"
					+ EsimFixtures.matchingId(activationCode));
		assertThat(EsimFixtures.detailsCalls(transactionId)).isZero();
	}

	@Test
	void answersAnotherCustomersEsimExactlyAsAMissingOne() {
		CustomerEsim esim = register(EsimFixtures.customerId());
		UUID missing = UUID.randomUUID();
		String stranger = CustomerTokens.bearer(EsimFixtures.customerId());

		for (String path : List.of("/api/v1/esims/{id}", "/api/v1/esims/{id}/qr")) {
			Map<String, Object> someoneElses = problem(path, esim.id(), stranger);
			Map<String, Object> nonexistent = problem(path, missing, stranger);

			assertThat(someoneElses).containsEntry("status", 404).containsEntry("code", "ESIM_NOT_FOUND");
			assertThat(someoneElses.get("detail")).isEqualTo("eSIM '" + esim.id() + "' was not found");
			assertThat(nonexistent.get("detail")).isEqualTo("eSIM '" + missing + "' was not found");
			assertThat(someoneElses.keySet()).isEqualTo(nonexistent.keySet());
			assertThat(someoneElses.get("title")).isEqualTo(nonexistent.get("title"));
		}
		this.client.get()
			.uri("/api/v1/esims/{id}/qr", esim.id())
			.header(HttpHeaders.AUTHORIZATION, stranger)
			.accept(MediaType.IMAGE_PNG)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void refusesAnIdThatIsNotAUuid() {
		this.client.get()
			.uri("/api/v1/esims/not-a-uuid")
			.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(EsimFixtures.customerId()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("INVALID_PARAMETER")
			.jsonPath("$.parameter")
			.isEqualTo("id");
	}

	@Test
	void requiresAValidBearerToken() {
		CustomerEsim esim = register(EsimFixtures.customerId());

		this.client.get().uri("/api/v1/esims").exchange().expectStatus().isUnauthorized();
		this.client.get()
			.uri("/api/v1/esims/{id}/qr", esim.id())
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("UNAUTHORIZED");
		this.client.get()
			.uri("/api/v1/esims/{id}", esim.id())
			.header(HttpHeaders.AUTHORIZATION,
					"Bearer " + CustomerTokens.token(esim.customerId(), Duration.ofMinutes(-5)))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void servesTheQrCodeAsAPngThatScansToTheActivationCode() throws Exception {
		CustomerEsim esim = register(EsimFixtures.customerId());

		byte[] png = this.client.get()
			.uri("/api/v1/esims/{id}/qr?size=256", esim.id())
			.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(esim.customerId()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_PNG)
			.expectBody()
			.returnResult()
			.getResponseBody();

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(256);
		assertThat(scan(image)).isEqualTo(esim.install().activationCode());
	}

	@Test
	void servesTheQrCodeAsSvgByParameterOrAcceptHeader() throws Exception {
		CustomerEsim esim = register(EsimFixtures.customerId());

		for (String query : List.of("?format=svg", "")) {
			byte[] svg = this.client.get()
				.uri("/api/v1/esims/{id}/qr" + query, esim.id())
				.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(esim.customerId()))
				.header(HttpHeaders.ACCEPT, "image/svg+xml")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentType("image/svg+xml")
				.expectBody()
				.returnResult()
				.getResponseBody();

			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			assertThat(factory.newDocumentBuilder()
				.parse(new InputSource(new StringReader(new String(svg, StandardCharsets.UTF_8))))
				.getDocumentElement()
				.getLocalName()).isEqualTo("svg");
		}
	}

	@Test
	void refusesAQrCodeFormatOrSizeItCannotServe() {
		CustomerEsim esim = register(EsimFixtures.customerId());
		String bearer = CustomerTokens.bearer(esim.customerId());

		this.client.get()
			.uri("/api/v1/esims/{id}/qr?format=gif", esim.id())
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("INVALID_PARAMETER")
			.jsonPath("$.parameter")
			.isEqualTo("format");
		for (int size : new int[] { 64, 2048 }) {
			this.client.get()
				.uri("/api/v1/esims/{id}/qr?size={size}", esim.id(), size)
				.header(HttpHeaders.AUTHORIZATION, bearer)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.code")
				.isEqualTo("VALIDATION_FAILED");
		}
	}

	@Test
	void answersNotReadyForTheQrCodeOfAnEsimStillBeingAllocated() {
		String customer = EsimFixtures.customerId();
		CustomerEsim esim = this.esims
			.register(EsimFixtures.registration(customer, EsimFixtures.transactionId(), EsimFixtures.provisioning()));

		this.client.get()
			.uri("/api/v1/esims/{id}/qr", esim.id())
			.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(customer))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("ESIM_NOT_READY");
		this.client.get()
			.uri("/api/v1/esims/{id}", esim.id())
			.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(customer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("PROVISIONING")
			.jsonPath("$.install")
			.isEmpty();
	}

	@Test
	void refreshesUsageFromDancityAtMostOncePerInterval() {
		String customer = EsimFixtures.customerId();
		String transactionId = EsimFixtures.transactionId();
		String iccid = EsimFixtures.iccid();
		String activationCode = EsimFixtures.activationCode();
		CustomerEsim esim = this.esims.register(
				EsimFixtures.registration(customer, transactionId, EsimFixtures.allocated(iccid, activationCode)));
		this.stubs.add(EsimFixtures.stubDetails(transactionId,
				EsimFixtures.details(iccid, activationCode, "IN_USE", 524_288_000L, 5)));
		makeRefreshDue(esim.id());

		for (int i = 0; i < 3; i++) {
			this.client.get()
				.uri("/api/v1/esims/{id}", esim.id())
				.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(customer))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("IN_USE")
				.jsonPath("$.dataRemainingBytes")
				.isEqualTo(524_288_000)
				.jsonPath("$.validityRemainingDays")
				.isEqualTo(5)
				.jsonPath("$.refreshedAt")
				.value(String.class,
						(refreshedAt) -> assertThat(Instant.parse(refreshedAt)).isAfter(esim.refreshedAt()));
		}
		assertThat(EsimFixtures.detailsCalls(transactionId)).isOne();
	}

	@Test
	void showsStoredUsageWhenDancityFailsAndDoesNotAskAgainStraightAway() {
		CustomerEsim esim = register(EsimFixtures.customerId());
		String transactionId = transactionIdOf(esim);
		this.stubs.add(EsimFixtures.stubDetails(transactionId, aResponse().withStatus(503)));
		makeRefreshDue(esim.id());

		for (int i = 0; i < 2; i++) {
			this.client.get()
				.uri("/api/v1/esims/{id}", esim.id())
				.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(esim.customerId()))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("READY")
				.jsonPath("$.dataRemainingBytes")
				.isEqualTo(EsimFixtures.ONE_GIB)
				.jsonPath("$.refreshedAt")
				.isEqualTo(esim.refreshedAt().toString())
				.jsonPath("$.install.activationCode")
				.isEqualTo(esim.install().activationCode());
			assertThat(EsimFixtures.detailsCalls(transactionId)).as("the first showing's read and its retries")
				.isEqualTo(3);
		}
	}

	@Test
	void showsTheEsimAndItsQrCodeWhileDancitysCircuitIsOpen() {
		CustomerEsim esim = register(EsimFixtures.customerId());
		String transactionId = transactionIdOf(esim);
		makeRefreshDue(esim.id());
		this.circuitBreakers.circuitBreaker("dancity").transitionToForcedOpenState();

		this.client.get()
			.uri("/api/v1/esims/{id}", esim.id())
			.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(esim.customerId()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.refreshedAt")
			.isEqualTo(esim.refreshedAt().toString())
			.jsonPath("$.install.activationCode")
			.isEqualTo(esim.install().activationCode());
		this.client.get()
			.uri("/api/v1/esims/{id}/qr", esim.id())
			.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(esim.customerId()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_PNG);
		assertThat(EsimFixtures.detailsCalls(transactionId)).isZero();
	}

	@Test
	void completesTheInstallDetailsOnceDancityHasAllocatedTheEsim() {
		String customer = EsimFixtures.customerId();
		String transactionId = EsimFixtures.transactionId();
		String iccid = EsimFixtures.iccid();
		String activationCode = EsimFixtures.activationCode();
		CustomerEsim esim = this.esims
			.register(EsimFixtures.registration(customer, transactionId, EsimFixtures.provisioning()));
		this.stubs.add(EsimFixtures.stubDetails(transactionId,
				EsimFixtures.details(iccid, activationCode, "GOT_RESOURCE", EsimFixtures.ONE_GIB, 7)));
		makeRefreshDue(esim.id());

		this.client.get()
			.uri("/api/v1/esims/{id}", esim.id())
			.header(HttpHeaders.AUTHORIZATION, CustomerTokens.bearer(customer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("READY")
			.jsonPath("$.iccid")
			.isEqualTo(iccid)
			.jsonPath("$.install.activationCode")
			.isEqualTo(activationCode)
			.jsonPath("$.install.matchingId")
			.isEqualTo(EsimFixtures.matchingId(activationCode));
		assertThat(this.jdbc.queryForObject("SELECT activation_code_encrypted FROM esim WHERE id = ?", String.class,
				esim.id()))
			.startsWith("v1:")
			.doesNotContain(EsimFixtures.matchingId(activationCode));
	}

	@Test
	void documentsTheEndpointsInOpenApi() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/esims'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/esims/{id}'].get.description")
			.value(String.class,
					(description) -> assertThat(description).contains("404 ESIM_NOT_FOUND")
						.contains("400 INVALID_PARAMETER"))
			.jsonPath("$.paths['/api/v1/esims/{id}/qr'].get")
			.exists();
	}

	private CustomerEsim register(String customerId) {
		return this.esims.register(EsimFixtures.registration(customerId, EsimFixtures.transactionId(),
				EsimFixtures.allocated(EsimFixtures.iccid(), EsimFixtures.activationCode())));
	}

	private String transactionIdOf(CustomerEsim esim) {
		return this.jdbc.queryForObject("SELECT dancity_transaction_id FROM esim WHERE id = ?", String.class,
				esim.id());
	}

	private void makeRefreshDue(UUID esimId) {
		this.jdbc.update("UPDATE esim SET refresh_attempted_at = refresh_attempted_at - interval '1 hour' WHERE id = ?",
				esimId);
	}

	private Map<String, Object> problem(String path, UUID id, String bearer) {
		return this.client.get()
			.uri(path, id)
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private static String scan(BufferedImage image) throws Exception {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new MultiFormatReader()
			.decode(new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
					Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
			.getText();
	}

}
