package org.esimstore.dancity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The regions and packages the simulated Dancity sells, built the same way on every start
 * so that tests and the sandbox can name package codes.
 */
final class SimulatorCatalog {

	/** The Qatar 1GB 7-day plan, with the code and price of Dancity's own example. */
	static final String QATAR_1GB_7DAYS = "CKH513";

	/** A small Nigerian plan, with the code of Dancity's own example. */
	static final String NIGERIA_100MB_7DAYS = "P0Q24KI1C";

	private static final long MIB = 1024L * 1024L;

	private static final long GIB = 1024L * MIB;

	private static final List<Plan> PLANS = List.of(new Plan("1GB", GIB, 7, "1.00"),
			new Plan("3GB", 3 * GIB, 15, "2.40"), new Plan("5GB", 5 * GIB, 30, "3.60"),
			new Plan("10GB", 10 * GIB, 30, "6.20"), new Plan("20GB", 20 * GIB, 30, "10.50"));

	private static final BigDecimal TOP_UP_SHARE = new BigDecimal("0.95");

	private static final List<Country> COUNTRIES = List.of(new Country("NG", "Nigeria", "1.45", true, "MTN", "4G"),
			new Country("GH", "Ghana", "1.60", true, "MTN", "4G"),
			new Country("KE", "Kenya", "1.55", true, "Safaricom", "4G"),
			new Country("ZA", "South Africa", "1.30", true, "Vodacom", "5G"),
			new Country("EG", "Egypt", "1.20", true, "Vodafone", "4G"),
			new Country("MA", "Morocco", "1.40", false, "Orange", "4G"),
			new Country("US", "United States", "0.95", true, "T-Mobile", "5G"),
			new Country("GB", "United Kingdom", "0.90", true, "Three", "5G"),
			new Country("FR", "France", "0.85", true, "Orange", "5G"),
			new Country("DE", "Germany", "0.85", true, "Telekom", "5G"),
			new Country("ES", "Spain", "0.85", false, "Movistar", "5G"),
			new Country("IT", "Italy", "0.85", true, "TIM", "5G"),
			new Country("TR", "Turkey", "0.99", true, "Turkcell", "4G"),
			new Country("AE", "United Arab Emirates", "1.70", true, "du", "5G"),
			new Country("QA", "Qatar", "1.75", true, "ooredoo", "5G"),
			new Country("SA", "Saudi Arabia", "1.65", false, "STC", "5G"),
			new Country("IN", "India", "1.10", true, "Airtel", "4G"),
			new Country("JP", "Japan", "1.05", true, "SoftBank", "5G"),
			new Country("TH", "Thailand", "0.80", true, "AIS", "5G"),
			new Country("BR", "Brazil", "1.25", false, "Claro", "4G"),
			new Country("CN", "China", "1.35", false, "China Unicom", "4G"),
			new Country("CA", "Canada", "1.15", true, "Rogers", "5G"),
			new Country("MX", "Mexico", "1.20", true, "Telcel", "4G"));

	private static final List<String> EUROPE = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
			"GR", "HU", "IS", "IE", "IT", "LV", "LI", "LT", "LU", "MT", "NL", "NO", "PL", "PT", "RO", "SK", "SI", "ES",
			"SE", "CH", "GB", "UA", "TR", "RS", "AL", "ME", "MK", "BA", "MD", "GG", "JE");

	private static final List<String> ASIA = List.of("CN", "HK", "MO", "JP", "KR", "SG", "MY", "TH", "ID", "PH", "VN",
			"TW");

	private static final List<String> AFRICA = List.of("NG", "GH", "KE", "ZA", "EG", "MA", "TZ", "UG", "RW", "CM", "CI",
			"SN", "ZM", "TN", "MG", "MU");

	private static final List<String> MIDDLE_EAST = List.of("AE", "QA", "SA", "KW", "BH", "OM");

	private static final List<String> NORTH_AMERICA = List.of("US", "CA", "MX");

	private static final List<String> GLOBAL_EXTRAS = List.of("AU", "NZ", "AR", "CL", "CO", "PE", "BR", "IN", "IL",
			"JO", "PK", "BD", "LK", "KZ");

	private final List<SimulatedRegion> regions;

	private final Map<String, SimulatedRegion> regionsByCode = new LinkedHashMap<>();

	private final Map<String, SimulatedPackage> packagesByCode = new LinkedHashMap<>();

	private SimulatorCatalog() {
		List<SimulatedRegion> countries = new ArrayList<>();
		for (Country country : COUNTRIES) {
			String flag = country.flagShown() ? flagUrl(country.code()) : null;
			countries.add(new SimulatedRegion(country.code(), country.name(), false, flag,
					country.flagShown() ? country.code() : null, List.of(country.code())));
		}
		countries.sort(Comparator.comparing(SimulatedRegion::name));
		List<SimulatedRegion> all = new ArrayList<>(countries);
		all.add(bundle("EU", "Europe", EUROPE));
		all.add(bundle("AS", "Asia", ASIA));
		all.add(bundle("AF", "Africa", AFRICA));
		all.add(bundle("ME", "Middle East", MIDDLE_EAST));
		all.add(bundle("NA", "North America", NORTH_AMERICA));
		Set<String> world = new LinkedHashSet<>();
		for (List<String> part : List.of(EUROPE, ASIA, AFRICA, MIDDLE_EAST, NORTH_AMERICA, GLOBAL_EXTRAS)) {
			world.addAll(part);
		}
		all.add(bundle("GL", "Global", List.copyOf(world)));
		this.regions = List.copyOf(all);
		this.regions.forEach((region) -> this.regionsByCode.put(region.code(), region));
		addPackages();
	}

	/**
	 * The standard catalog.
	 * @return a catalog with the same regions and package codes on every call
	 */
	static SimulatorCatalog standard() {
		return new SimulatorCatalog();
	}

	List<SimulatedRegion> regions() {
		return this.regions;
	}

	Optional<SimulatedRegion> region(String code) {
		return Optional.ofNullable(this.regionsByCode.get(code));
	}

	/**
	 * The packages of a region, in listing order.
	 * @param regionCode the region
	 * @param topUp top-ups instead of new eSIMs
	 * @return the packages, empty for an unknown region
	 */
	List<SimulatedPackage> packages(String regionCode, boolean topUp) {
		return this.packagesByCode.values()
			.stream()
			.filter((pkg) -> pkg.regionCode().equals(regionCode) && pkg.topUp() == topUp)
			.toList();
	}

	Optional<SimulatedPackage> find(String packageCode) {
		return Optional.ofNullable(this.packagesByCode.get(packageCode));
	}

	/**
	 * The English name of a country, as shown in package coverage.
	 * @param code ISO alpha-2 code
	 * @return the name
	 */
	static String locationName(String code) {
		return COUNTRIES.stream()
			.filter((country) -> country.code().equals(code))
			.map(Country::name)
			.findFirst()
			.orElseGet(() -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH));
	}

	/**
	 * The main network of a country, when the catalog knows one.
	 * @param code ISO alpha-2 code
	 * @return the operator, empty for countries outside the catalog's own list
	 */
	static Optional<Operator> operator(String code) {
		return COUNTRIES.stream()
			.filter((country) -> country.code().equals(code))
			.map((country) -> new Operator(country.operator(), country.network()))
			.findFirst();
	}

	static String flagUrl(String code) {
		return "https://flagcdn.com/w320/" + code.toLowerCase(Locale.ROOT) + ".png";
	}

	private static SimulatedRegion bundle(String prefix, String label, List<String> locations) {
		int count = locations.size();
		String areas = (count >= 20) ? (count / 10 * 10) + "+ areas" : count + " areas";
		return new SimulatedRegion(prefix + "-" + count, label + " (" + areas + ")", true, null, null, locations);
	}

	private void addPackages() {
		// A fixed seed keeps every generated package code stable across runs.
		Random random = new Random(20260531L);
		Set<String> used = new HashSet<>(Set.of(QATAR_1GB_7DAYS, NIGERIA_100MB_7DAYS));
		for (SimulatedRegion region : this.regions) {
			if (region.code().equals("NG")) {
				addBase(region, NIGERIA_100MB_7DAYS, "100MB", 100 * MIB, 7, new BigDecimal("0.60"));
			}
			BigDecimal base = basePrice(region);
			for (Plan plan : PLANS) {
				String code = (region.code().equals("QA") && plan.volumeBytes() == GIB) ? QATAR_1GB_7DAYS
						: nextCode(random, used);
				BigDecimal price = base.multiply(plan.priceFactor()).setScale(2, RoundingMode.HALF_UP);
				addBase(region, code, plan.label(), plan.volumeBytes(), plan.durationDays(), price);
			}
		}
	}

	private void addBase(SimulatedRegion region, String code, String volumeLabel, long volumeBytes, int durationDays,
			BigDecimal priceUsd) {
		String name = region.name() + " " + volumeLabel + " " + durationDays + "Days";
		String speed = speed(region);
		SimulatedPackage base = new SimulatedPackage(code, name, name, region.code(), volumeBytes, durationDays,
				priceUsd, false, region.locations(), speed);
		this.packagesByCode.put(code, base);
		String topUpCode = "TOPUP_" + code;
		BigDecimal topUpPrice = priceUsd.multiply(TOP_UP_SHARE).setScale(2, RoundingMode.HALF_UP);
		SimulatedPackage topUp = new SimulatedPackage(topUpCode, region.name() + " " + volumeLabel + " Top-Up",
				"Add " + volumeLabel + " valid for " + durationDays + " days", region.code(), volumeBytes, durationDays,
				topUpPrice, true, region.locations(), speed);
		this.packagesByCode.put(topUpCode, topUp);
	}

	private static BigDecimal basePrice(SimulatedRegion region) {
		return switch (region.code().substring(0, 2)) {
			case "EU" -> new BigDecimal("1.25");
			case "AS" -> new BigDecimal("1.60");
			case "AF" -> new BigDecimal("2.40");
			case "ME" -> new BigDecimal("2.10");
			case "NA" -> new BigDecimal("1.45");
			case "GL" -> new BigDecimal("2.90");
			default -> COUNTRIES.stream()
				.filter((country) -> country.code().equals(region.code()))
				.map(Country::oneGigabytePrice)
				.findFirst()
				.orElseThrow();
		};
	}

	private static String speed(SimulatedRegion region) {
		boolean noFiveG = !region.multiCountry()
				&& operator(region.code()).filter((operator) -> !operator.networkType().equals("5G")).isPresent();
		return noFiveG ? "3G/4G" : "3G/4G/5G";
	}

	private static String nextCode(Random random, Set<String> used) {
		while (true) {
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < 3; i++) {
				code.append((char) ('A' + random.nextInt(26)));
			}
			code.append(100 + random.nextInt(900));
			if (used.add(code.toString())) {
				return code.toString();
			}
		}
	}

	/**
	 * A mobile network listed in a package's coverage.
	 *
	 * @param name operator name
	 * @param networkType best generation, such as {@code 5G}
	 */
	record Operator(String name, String networkType) {
	}

	/**
	 * One country of the catalog.
	 *
	 * @param code ISO alpha-2 code
	 * @param name English name
	 * @param oneGigabytePrice USD price of its 1GB 7-day plan
	 * @param flagShown whether the regions list gives its flag
	 * @param operator its main network
	 * @param network that network's best generation
	 */
	private record Country(String code, String name, BigDecimal oneGigabytePrice, boolean flagShown, String operator,
			String network) {

		Country(String code, String name, String oneGigabytePrice, boolean flagShown, String operator, String network) {
			this(code, name, new BigDecimal(oneGigabytePrice), flagShown, operator, network);
		}

	}

	/**
	 * One size of plan offered in every region.
	 *
	 * @param label volume as shown in the name
	 * @param volumeBytes volume in bytes
	 * @param durationDays validity in days
	 * @param priceFactor price relative to the region's 1GB plan
	 */
	private record Plan(String label, long volumeBytes, int durationDays, BigDecimal priceFactor) {

		Plan(String label, long volumeBytes, int durationDays, String priceFactor) {
			this(label, volumeBytes, durationDays, new BigDecimal(priceFactor));
		}

	}

}
