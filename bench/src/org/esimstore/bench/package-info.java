/**
 * Benchmarks run by the scripts under {@code bench/}, never by the test suite.
 */
@NullMarked
package org.esimstore.bench;

import org.jspecify.annotations.NullMarked;
