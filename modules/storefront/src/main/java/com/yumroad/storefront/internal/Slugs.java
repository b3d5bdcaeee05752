package com.yumroad.storefront.internal;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** The public address of a store (/s/{slug}): made once from its first name and kept when it is renamed. */
final class Slugs {

    private static final int MAX = 60;
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

    static String withSuffix(String slug) {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        return slug + "-" + HexFormat.of().formatHex(suffix);
    }
}
