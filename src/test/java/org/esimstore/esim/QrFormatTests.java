package org.esimstore.esim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The QR format follows the {@code format} parameter, else the {@code Accept} header,
 * else PNG.
 */
class QrFormatTests {

	@Test
	void followsTheFormatParameterWhateverTheAcceptHeaderSays() {
		assertThat(QrFormat.choose("svg", "image/png")).isEqualTo(QrFormat.SVG);
		assertThat(QrFormat.choose("PNG", "image/svg+xml")).isEqualTo(QrFormat.PNG);
	}

	@Test
	void refusesAnotherFormat() {
		assertThatExceptionOfType(UnsupportedQrFormatException.class).isThrownBy(() -> QrFormat.choose("gif", null))
			.withMessage("Parameter 'format' has an invalid value 'gif'; use 'png' or 'svg'.")
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("INVALID_PARAMETER"));
	}

	@Test
	void servesSvgWhenTheAcceptHeaderPrefersIt() {
		assertThat(QrFormat.choose(null, "image/svg+xml")).isEqualTo(QrFormat.SVG);
		assertThat(QrFormat.choose(null, "image/png;q=0.5, image/svg+xml")).isEqualTo(QrFormat.SVG);
	}

	@Test
	void servesPngOtherwise() {
		assertThat(QrFormat.choose(null, null)).isEqualTo(QrFormat.PNG);
		assertThat(QrFormat.choose(null, "*/*")).isEqualTo(QrFormat.PNG);
		assertThat(QrFormat.choose(null, "image/avif,image/webp,image/png,image/svg+xml,image/*,*/*;q=0.8"))
			.isEqualTo(QrFormat.PNG);
		assertThat(QrFormat.choose(null, "image/svg+xml;q=0.3, image/png")).isEqualTo(QrFormat.PNG);
		assertThat(QrFormat.choose(null, "this is not a media type")).isEqualTo(QrFormat.PNG);
	}

}
