package org.esimstore.esim;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.esimstore.dancity.DancityEsimDetails;
import org.esimstore.dancity.DancitySimulator;
import org.esimstore.dancity.EsimStatus;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Unique purchases, Dancity details and details-endpoint stubs for the eSIM tests, so
 * that tests sharing one database and one simulated Dancity never meet.
 */
final class EsimFixtures {

	static final long ONE_GIB = 1_073_741_824L;

	private static final SecureRandom random = new SecureRandom();

	private EsimFixtures() {
	}

	static String customerId() {
		return "cust-" + UUID.randomUUID();
	}

	static String iccid() {
		return "8948" + String.format("%015d", random.nextLong(1_000_000_000_000_000L));
	}

	static String transactionId() {
		return hex(12).toLowerCase();
	}

	static String activationCode() {
		return "LPA:1$rsp-eu.simlessly.com$" + hex(16);
	}

	static String matchingId(String activationCode) {
		return activationCode.substring(activationCode.lastIndexOf('$') + 1);
	}

	static DancityEsimDetails allocated(String iccid, String activationCode) {
		return new DancityEsimDetails(iccid, activationCode, "https://p.qrsim.net/" + hex(16) + ".png",
				EsimStatus.READY, "GOT_RESOURCE", ONE_GIB, ONE_GIB, 7, 7, "CKH513", "Qatar 1GB 7Days", null, null,
				null);
	}

	static DancityEsimDetails provisioning() {
		return new DancityEsimDetails(null, null, null, EsimStatus.PROVISIONING, "GETTING_RESOURCE", null, null, null,
				null, null, null, null, null, null);
	}

	static EsimRegistration registration(String customerId, String transactionId, DancityEsimDetails details) {
		return new EsimRegistration(customerId, UUID.randomUUID(), transactionId, "DNTY" + hex(6), "CKH513",
				"Qatar 1GB 7Days", "QA", details);
	}

	/**
	 * Makes Dancity's details endpoint answer for one purchase.
	 * @param transactionId the purchase
	 * @param response the answer
	 * @return the stub, to remove after the test
	 */
	static StubMapping stubDetails(String transactionId, ResponseDefinitionBuilder response) {
		return DancitySimulator.shared()
			.server()
			.stubFor(get(urlPathEqualTo(detailsPath(transactionId))).atPriority(1).willReturn(response));
	}

	static ResponseDefinitionBuilder details(String iccid, String activationCode, String status, long remainingBytes,
			int validityRemainingDays) {
		return okJson("""
				{"success": true, "message": "eSIM details fetched successfully", "data": {
				  "iccid": "%s", "imsi": "260010183468325", "activationCode": "%s", "status": "%s",
				  "qrCodeUrl": "https://p.qrsim.net/4a8cf5af5f1c48e0b44f8eaf3af20220.png",
				  "totalVolume": %d, "totalDuration": 7, "validityRemaining": %d, "dataUsageRemaining": %d,
				  "packageDetails": {"name": "Qatar 1GB 7Days", "code": "CKH513", "volume": %d, "duration": 7}}}"""
			.formatted(iccid, activationCode, status, ONE_GIB, validityRemainingDays, remainingBytes, ONE_GIB));
	}

	static int detailsCalls(String transactionId) {
		return DancitySimulator.shared()
			.server()
			.findAll(getRequestedFor(urlPathEqualTo(detailsPath(transactionId))))
			.size();
	}

	private static String detailsPath(String transactionId) {
		return "/api/v1/esim/details/" + transactionId;
	}

	private static String hex(int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return HexFormat.of().withUpperCase().formatHex(value);
	}

}
