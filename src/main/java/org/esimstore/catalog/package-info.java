/**
 * The storefront catalog: destinations and data plans at the merchant's retail prices,
 * served from a cache.
 */
@NullMarked
package org.esimstore.catalog;

import org.jspecify.annotations.NullMarked;
