/**
 * eSIM storefront backend: a backend-for-frontend that resells Dancity eSIMs.
 */
@NullMarked
package org.esimstore;

import org.jspecify.annotations.NullMarked;
