package org.esimstore.esim;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QR codes drawn here scan back to exactly the activation code, as PNG and as SVG.
 */
class QrCodesTests {

	private static final String CODE = "LPA:1$rsp-eu.simlessly.com$72056D3B588B49B4903120FC95BB96A4";

	private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

	@Test
	void pngScansBackToTheActivationCode() throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(CODE, 512)));

		Result result = decode(image);

		assertThat(result.getText()).isEqualTo(CODE);
		assertThat(result.getBarcodeFormat()).isEqualTo(BarcodeFormat.QR_CODE);
		assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
	}

	@Test
	void pngHasTheRequestedSize() throws IOException {
		for (int size : new int[] { 128, 400, 512, 1024 }) {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(CODE, size)));
			assertThat(image.getWidth()).as("width at %d", size).isEqualTo(size);
			assertThat(image.getHeight()).as("height at %d", size).isEqualTo(size);
		}
	}

	@Test
	void pngKeepsAWhiteQuietZone() throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(CODE, 512)));

		for (int i = 0; i < 512; i++) {
			assertThat(image.getRGB(i, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
			assertThat(image.getRGB(0, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
		}
	}

	@Test
	void svgIsWellFormedAndScalable() throws Exception {
		Element svg = parse(QrCodes.svg(CODE, 300)).getDocumentElement();

		assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(svg.getLocalName()).isEqualTo("svg");
		assertThat(svg.getAttribute("width")).isEqualTo("300");
		assertThat(svg.getAttribute("height")).isEqualTo("300");
		assertThat(svg.getAttribute("viewBox")).matches("0 0 (\\d+) \\1");
		assertThat(svg.getAttribute("shape-rendering")).isEqualTo("crispEdges");
	}

	@Test
	void svgScansBackToTheActivationCode() throws Exception {
		assertThat(decode(rasterize(QrCodes.svg(CODE, 512), 8)).getText()).isEqualTo(CODE);
	}

	@Test
	void encodesTextBeyondAsciiAsUtf8() throws Exception {
		String text = "LPA:1$smdp.example.com$CAFÉ-Ωμέγα";
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(text, 512)));

		assertThat(decode(image).getText()).isEqualTo(text);
	}

	@Test
	void svgDeclaresItsEncoding() {
		assertThat(QrCodes.svg(CODE, 512)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
	}

	private static Result decode(BufferedImage image) throws NotFoundException {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
		return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
				Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE,
						Boolean.FALSE));
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private static BufferedImage rasterize(String svg, int pixelsPerModule) throws Exception {
		Element root = parse(svg).getDocumentElement();
		int side = Integer.parseInt(root.getAttribute("viewBox").split(" ")[2]);
		String path = ((Element) root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").item(0))
			.getAttribute("d");
		BufferedImage image = new BufferedImage(side * pixelsPerModule, side * pixelsPerModule,
				BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, 0xFFFFFF);
			}
		}
		Matcher run = RUN.matcher(path);
		int drawn = 0;
		while (run.find()) {
			int x = Integer.parseInt(run.group(1));
			int y = Integer.parseInt(run.group(2));
			int length = Integer.parseInt(run.group(3));
			assertThat(run.group(4)).isEqualTo(run.group(3));
			for (int px = x * pixelsPerModule; px < (x + length) * pixelsPerModule; px++) {
				for (int py = y * pixelsPerModule; py < (y + 1) * pixelsPerModule; py++) {
					image.setRGB(px, py, 0x000000);
				}
			}
			drawn += run.group().length();
		}
		assertThat(drawn).as("every path command is a module run").isEqualTo(path.length());
		return image;
	}

}
