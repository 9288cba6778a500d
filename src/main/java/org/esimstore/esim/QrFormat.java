package org.esimstore.esim;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The image formats a QR code is served in, chosen by the {@code format} parameter or
 * else by the {@code Accept} header.
 */
enum QrFormat {

	/** A raster image, what most storefronts show. */
	PNG(MediaType.IMAGE_PNG),

	/** A vector image that stays crisp at any size. */
	SVG(MediaType.parseMediaType("image/svg+xml"));

	private final MediaType mediaType;

	QrFormat(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	/**
	 * Picks the format: the {@code format} parameter when given, else SVG when the
	 * {@code Accept} header prefers it over PNG, else PNG.
	 * @param format the {@code format} parameter, {@code png} or {@code svg}
	 * @param accept the {@code Accept} header
	 * @return the format to serve
	 * @throws UnsupportedQrFormatException when the parameter names another format
	 */
	static QrFormat choose(@Nullable String format, @Nullable String accept) {
		if (format != null) {
			return switch (format.strip().toLowerCase(Locale.ROOT)) {
				case "png" -> PNG;
				case "svg" -> SVG;
				default -> throw new UnsupportedQrFormatException(format);
			};
		}
		List<MediaType> accepted = parseAccept(accept);
		return (quality(SVG, accepted) > quality(PNG, accepted)) ? SVG : PNG;
	}

	private static List<MediaType> parseAccept(@Nullable String accept) {
		if (accept == null || accept.isBlank()) {
			return List.of();
		}
		try {
			return MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return List.of();
		}
	}

	private static double quality(QrFormat format, List<MediaType> accepted) {
		return accepted.stream()
			.filter((type) -> type.equalsTypeAndSubtype(format.mediaType))
			.mapToDouble(MediaType::getQualityValue)
			.max()
			.orElse(0);
	}

}
