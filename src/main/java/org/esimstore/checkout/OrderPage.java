package org.esimstore.checkout;

import java.util.List;

/**
 * One page of a customer's orders, newest first.
 *
 * @param items the orders on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalItems the customer's orders in all pages
 * @param totalPages the number of pages
 */
public record OrderPage(List<OrderView> items, int page, int size, long totalItems, int totalPages) {
}
