/**
 * Shared web setup: problem details, security and API documentation.
 */
@NullMarked
package org.esimstore.system;

import org.jspecify.annotations.NullMarked;
