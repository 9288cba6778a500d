package org.esimstore.esim;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * Draws QR codes locally, as PNG or as SVG, with error correction level M and the quiet
 * zone of four modules that scanners expect.
 */
final class QrCodes {

	private static final int QUIET_ZONE_MODULES = 4;

	private static final int BLACK = 0x000000;

	private static final int WHITE = 0xFFFFFF;

	private QrCodes() {
	}

	/**
	 * A square PNG of at least {@code size} pixels a side, each module a whole number of
	 * pixels so that edges stay sharp.
	 * @param content the text to encode
	 * @param size the wanted width and height in pixels
	 * @return the PNG bytes
	 */
	static byte[] png(String content, int size) {
		ByteMatrix modules = encode(content).getMatrix();
		int side = modules.getWidth() + 2 * QUIET_ZONE_MODULES;
		int scale = Math.max(1, size / side);
		int pixels = Math.max(size, side * scale);
		int offset = (pixels - side * scale) / 2 + QUIET_ZONE_MODULES * scale;
		BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < pixels; y++) {
			for (int x = 0; x < pixels; x++) {
				image.setRGB(x, y, isDark(modules, x - offset, y - offset, scale) ? BLACK : WHITE);
			}
		}
		return writePng(image);
	}

	/**
	 * A square SVG drawing each row of dark modules as one rectangle path, so it scales
	 * without blur.
	 * @param content the text to encode
	 * @param size the width and height to display it at, in pixels
	 * @return the SVG document
	 */
	static String svg(String content, int size) {
		ByteMatrix modules = encode(content).getMatrix();
		int side = modules.getWidth() + 2 * QUIET_ZONE_MODULES;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < modules.getHeight(); y++) {
			int x = 0;
			while (x < modules.getWidth()) {
				if (modules.get(x, y) != 1) {
					x++;
					continue;
				}
				int start = x;
				while (x < modules.getWidth() && modules.get(x, y) == 1) {
					x++;
				}
				path.append('M')
					.append(start + QUIET_ZONE_MODULES)
					.append(' ')
					.append(y + QUIET_ZONE_MODULES)
					.append('h')
					.append(x - start)
					.append("v1h-")
					.append(x - start)
					.append('z');
			}
		}
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%d" height="%d" viewBox="0 0 %d %d" \
				shape-rendering="crispEdges"><rect width="%d" height="%d" fill="#ffffff"/>\
				<path fill="#000000" d="%s"/></svg>
				""".formatted(size, size, side, side, side, side, path);
	}

	private static QRCode encode(String content) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		// ASCII is the same in UTF-8; declaring UTF-8 adds an ECI header that some
		// scanners
		// do not understand, so it is only declared for text that needs it.
		if (!StandardCharsets.US_ASCII.newEncoder().canEncode(content)) {
			hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
		}
		try {
			return Encoder.encode(content, ErrorCorrectionLevel.M, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text of " + content.length() + " characters does not fit a QR code",
					ex);
		}
	}

	private static boolean isDark(ByteMatrix modules, int x, int y, int scale) {
		if (x < 0 || y < 0) {
			return false;
		}
		int column = x / scale;
		int row = y / scale;
		return column < modules.getWidth() && row < modules.getHeight() && modules.get(column, row) == 1;
	}

	private static byte[] writePng(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write a QR code PNG", ex);
		}
		return out.toByteArray();
	}

}
