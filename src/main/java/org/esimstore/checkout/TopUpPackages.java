package org.esimstore.checkout;

import java.util.List;
import java.util.UUID;

/**
 * The top-ups offered for one eSIM.
 *
 * @param esimId the eSIM
 * @param items the top-ups, empty when Dancity offers none
 */
record TopUpPackages(UUID esimId, List<TopUpPackageView> items) {
}
