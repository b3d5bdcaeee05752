package com.yumroad.kernel.http;

import io.micronaut.core.annotation.Nullable;

/**
 * What a shared link shows (Open Graph and Twitter card tags, written by views/layout.html when a page's model has
 * {@code share}): absolute URLs, since the services that read them know nothing of this site.
 */
public record SharePreview(String type, String title, String description, String url, @Nullable String image,
                           @Nullable String imageAlt) {

    public static final String MODEL_KEY = "share";
    private static final int MAX_DESCRIPTION = 200;

    public SharePreview {
        description = description == null ? "" : description.strip();
        if (description.length() > MAX_DESCRIPTION) {
            description = description.substring(0, MAX_DESCRIPTION - 1).strip() + "…";
        }
    }

    /** {@code summary_large_image} with an image, else {@code summary}. */
    public String twitterCard() {
        return image == null ? "summary" : "summary_large_image";
    }
}
