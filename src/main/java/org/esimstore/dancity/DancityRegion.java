package org.esimstore.dancity;

import org.jspecify.annotations.Nullable;

/**
 * A destination Dancity sells eSIMs for.
 *
 * @param code region code, ISO alpha-2 for countries (such as {@code NG}) or {@code XX-n}
 * for bundles
 * @param name display name
 * @param type single country or regional bundle
 * @param flagUrl flag image, when Dancity gives one
 */
public record DancityRegion(String code, String name, RegionType type, @Nullable String flagUrl) {
}
