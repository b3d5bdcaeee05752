package com.yumroad.storefront.internal;

import com.yumroad.kernel.errors.FieldError;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The public address of a store (/s/{slug}): made once from its first name and kept when it is renamed. */
final class Slugs {

    private static final int MAX = 60;
    /** The longest address a store can have: its column's width. */
    static final int LONGEST = 80;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final String NOT_A_SLUG = "slug is a store's address as in /s/{slug}: 1 to " + LONGEST
            + " lower-case letters, digits and single hyphens, e.g. ada-s-recipes";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Slugs() {
    }

    static String from(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "store" : slug;
    }

    /** What is wrong with a slug asked for (a filter of the stores list), if anything: no store could have it. */
    static Optional<FieldError> checkFilter(String slug) {
        return slug.length() <= LONGEST && SHAPE.matcher(slug).matches() ? Optional.empty()
                : Optional.of(new FieldError("slug", NOT_A_SLUG));
    }

    static String withSuffix(String slug) {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        return slug + "-" + HexFormat.of().formatHex(suffix);
    }
}
