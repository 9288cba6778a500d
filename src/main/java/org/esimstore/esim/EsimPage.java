package org.esimstore.esim;

import java.util.List;

/**
 * One page of a customer's eSIMs, newest first.
 *
 * @param items the eSIMs on this page
 * @param page this page's number, from 0
 * @param size the page size asked for
 * @param totalItems how many eSIMs the customer has
 * @param totalPages how many pages of this size there are
 */
record EsimPage(List<EsimResponse> items, int page, int size, long totalItems, int totalPages) {
}
