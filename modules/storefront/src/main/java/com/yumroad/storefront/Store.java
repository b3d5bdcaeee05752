package com.yumroad.storefront;

/** A store as other modules and the web layers see it. {@code description} may be null. */
public record Store(long id, long ownerId, String name, String description, String slug, int productCount) {
}
