package org.esimstore.catalog;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.dancity.DancityClient;
import org.esimstore.dancity.DancityUpstreamException;
import org.esimstore.dancity.RegionType;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esimstore.catalog.CatalogFixtures.PROPERTIES;
import static org.esimstore.catalog.CatalogFixtures.REGIONS;
import static org.esimstore.catalog.CatalogFixtures.offer;
import static org.esimstore.catalog.CatalogFixtures.packagesOf;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The catalog's HTTP caching: public short-lived answers, strong entity tags, 304 when
 * unchanged, and stale answers marked as such.
 */
class CatalogControllerTests {

	private static final String NIGERIA_PACKAGES = "/api/v1/catalog/regions/NG/packages";

	private final TestClock clock = new TestClock();

	private final DancityClient dancity = mock(DancityClient.class);

	private final CatalogCache cache = new CatalogCache(
			new CatalogUpstream(this.dancity, CatalogFixtures.generousBudget(), Duration.ofSeconds(30), this.clock),
			new InMemoryCatalogSnapshots(), PROPERTIES, this.clock);

	private final MockMvcTester mvc = MockMvcTester
		.of(new CatalogController(new CatalogViews(this.cache, new CatalogPricing(CatalogFixtures.quarterMarkup()),
				JsonMapper.builder().build(), PROPERTIES, this.clock), PROPERTIES));

	@BeforeEach
	void dancityHasACatalog() {
		given(this.dancity.regions(null)).willReturn(REGIONS);
		given(this.dancity.packages("NG", RegionType.COUNTRY))
			.willReturn(packagesOf(offer("NG1G7D", "1.50", 1_073_741_824L, 7)));
	}

	@Test
	void answersWithPublicCachingAndAStrongEntityTag() {
		MvcTestResult result = this.mvc.get().uri(NIGERIA_PACKAGES).exchange();

		assertThat(result).hasStatusOk()
			.hasContentType("application/json")
			.hasHeader(HttpHeaders.CACHE_CONTROL, "max-age=60, public")
			.doesNotContainHeader(CatalogController.STALE_HEADER);
		assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).matches("\"[A-Za-z0-9_-]{32}\"");
		assertThat(result).bodyJson().extractingPath("$.items[0].packageCode").isEqualTo("NG1G7D");
	}

	@Test
	void answersNotModifiedWhenTheEntityTagMatches() {
		String etag = this.mvc.get().uri(NIGERIA_PACKAGES).exchange().getResponse().getHeader(HttpHeaders.ETAG);

		MvcTestResult result = this.mvc.get()
			.uri(NIGERIA_PACKAGES)
			.header(HttpHeaders.IF_NONE_MATCH, "\"something-else\", " + etag)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_MODIFIED)
			.hasHeader(HttpHeaders.ETAG, etag)
			.hasHeader(HttpHeaders.CACHE_CONTROL, "max-age=60, public");
		assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
	}

	@Test
	void answersInFullWhenTheEntityTagDiffers() {
		MvcTestResult result = this.mvc.get()
			.uri(NIGERIA_PACKAGES)
			.header(HttpHeaders.IF_NONE_MATCH, "\"an-older-answer\"")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.items").asArray().hasSize(1);
	}

	@Test
	void marksStaleAnswersWithTheirAge() {
		this.mvc.get().uri(NIGERIA_PACKAGES).exchange();
		given(this.dancity.regions(null)).willThrow(new DancityUpstreamException("HTTP 500"));
		this.clock.advance(Duration.ofMinutes(15));
		this.cache.refreshNextDue();

		MvcTestResult result = this.mvc.get().uri(NIGERIA_PACKAGES).exchange();

		assertThat(result).hasStatusOk()
			.hasHeader(CatalogController.STALE_HEADER, "true")
			.hasHeader(HttpHeaders.AGE, "900");
	}

}
