package org.esimstore.dancity;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes identifiers that look like Dancity's and its supplier's: Mongo ids, {@code DNTY}
 * references, ICCIDs, IMSIs, activation codes and QR image URLs.
 */
final class SimulatorIds {

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private static final String ICCID_PREFIX = "894801001001";

	private static final String IMSI_PREFIX = "26001";

	private final String processPart = hex(5);

	private final AtomicLong objectCounter = new AtomicLong(ThreadLocalRandom.current().nextInt(1 << 24));

	// Sequences rather than random numbers so that two eSIMs never share an ICCID or
	// IMSI.
	private final AtomicLong iccidSequence = new AtomicLong(3_000_000 + ThreadLocalRandom.current().nextInt(900_000));

	private final AtomicLong imsiSequence = new AtomicLong(183_000_000L + ThreadLocalRandom.current().nextInt(900_000));

	/**
	 * A Mongo ObjectId: creation second, a per-process part and a counter, 24 hex digits.
	 * @param now the creation time
	 * @return the id
	 */
	String objectId(Instant now) {
		long counter = this.objectCounter.incrementAndGet() & 0xFFFFFF;
		return String.format(Locale.ROOT, "%08x%s%06x", now.getEpochSecond() & 0xFFFFFFFFL, this.processPart, counter);
	}

	/**
	 * A Dancity transaction reference such as {@code DNTY4364368AOMYD}.
	 * @return the reference
	 */
	String tranxId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder id = new StringBuilder("DNTY");
		id.append(String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000)));
		for (int i = 0; i < 5; i++) {
			id.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
		}
		return id.toString();
	}

	/**
	 * A 19-digit ICCID ending in its Luhn check digit.
	 * @return the ICCID
	 */
	String iccid() {
		String body = ICCID_PREFIX
				+ String.format(Locale.ROOT, "%06d", this.iccidSequence.incrementAndGet() % 1_000_000);
		return body + luhnCheckDigit(body);
	}

	String imsi() {
		return IMSI_PREFIX + String.format(Locale.ROOT, "%010d", this.imsiSequence.incrementAndGet());
	}

	String activationCode() {
		return "LPA:1$rsp-eu.simlessly.com$" + hex(16).toUpperCase(Locale.ROOT);
	}

	String qrCodeUrl() {
		return "https://p.qrsim.net/" + hex(16) + ".png";
	}

	static int luhnCheckDigit(String digits) {
		int sum = 0;
		boolean doubled = true;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return (10 - sum % 10) % 10;
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
