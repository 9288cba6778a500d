package org.esimstore.dancity;

import java.math.BigDecimal;

/**
 * One of the merchant's Dancity wallets.
 *
 * @param name the wallet's name or type, such as {@code main}
 * @param balance the balance
 * @param currency the balance's currency, normally {@code NGN}
 */
public record DancityWallet(String name, BigDecimal balance, String currency) {
}
