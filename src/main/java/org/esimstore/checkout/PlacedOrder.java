package org.esimstore.checkout;

/**
 * An order returned for a placement request, and whether that request created it.
 *
 * @param order the order
 * @param created {@code true} when new, {@code false} when the request repeated an
 * earlier one
 */
record PlacedOrder(Order order, boolean created) {
}
