package org.esimstore.catalog;

import org.jspecify.annotations.Nullable;

import org.esimstore.money.Money;

/**
 * A destination in the storefront catalog.
 *
 * @param code Dancity's region code, ISO alpha-2 for a country such as {@code NG}
 * @param name display name
 * @param type {@code country}, {@code multi-country} or {@code global}
 * @param flagUrl flag image, {@code null} for a multi-country region without one
 * @param from the lowest retail price of its packages, {@code null} while they are not
 * loaded yet
 */
record RegionItem(String code, String name, String type, @Nullable String flagUrl, @Nullable Money from) {
}
