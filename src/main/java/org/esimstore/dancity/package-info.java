/**
 * The Dancity client: the only code that knows Dancity's wire format, its errors and its
 * limits.
 */
@NullMarked
package org.esimstore.dancity;

import org.jspecify.annotations.NullMarked;
