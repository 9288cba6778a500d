package org.esimstore.catalog;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import org.esimstore.money.Money;

/**
 * What Dancity charges us for one package, with what pricing rules are chosen by.
 *
 * @param packageCode the package
 * @param regionCode the region the package belongs to
 * @param cost Dancity's price in NGN
 * @param exchangeRate Dancity's NGN per USD rate, used for USD prices; {@code null} when
 * unknown
 */
public record WholesaleCost(String packageCode, String regionCode, Money cost, @Nullable BigDecimal exchangeRate) {
}
