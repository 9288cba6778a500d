/**
 * Money as a decimal amount with its currency, shared by the catalog, checkout and
 * payments.
 */
@NullMarked
package org.esimstore.money;

import org.jspecify.annotations.NullMarked;
