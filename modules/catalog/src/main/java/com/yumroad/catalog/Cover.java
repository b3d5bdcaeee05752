package com.yumroad.catalog;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A product's cover image, stored re-encoded (metadata stripped) at each of {@link #WIDTHS} pixels wide, at most its
 * original width. {@code key} names the image in the object store; each width is a variant of it, served publicly
 * under {@code /media/}. {@code alt} is the seller's description of the image, null when none was given.
 */
public record Cover(String key, @Nullable String alt) {

    public static final List<Integer> WIDTHS = List.of(320, 640, 1280);

    /** The URL of the variant {@code width} pixels wide (one of {@link #WIDTHS}). */
    public String url(int width) {
        return "/media/" + variantKey(key, width);
    }

    /** The largest variant's URL. */
    public String url() {
        return url(WIDTHS.get(WIDTHS.size() - 1));
    }

    /** For an img element's srcset: every variant with its width. */
    public String srcset() {
        return WIDTHS.stream().map(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** {@code covers/7/abc.jpg} at 640 is {@code covers/7/abc-640.jpg}. */
    public static String variantKey(String key, int width) {
        int dot = key.lastIndexOf('.');
        return key.substring(0, dot) + "-" + width + key.substring(dot);
    }
}
