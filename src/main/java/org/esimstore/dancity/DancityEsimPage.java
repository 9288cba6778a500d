package org.esimstore.dancity;

import java.util.List;

/**
 * One page of the merchant's eSIMs at Dancity.
 *
 * @param esims the eSIMs on this page
 * @param page page number, from 1
 * @param limit page size asked for
 * @param total number of eSIMs in all pages
 * @param totalPages number of pages
 * @param hasNext whether another page follows
 */
public record DancityEsimPage(List<DancityEsim> esims, int page, int limit, long total, int totalPages,
		boolean hasNext) {
}
