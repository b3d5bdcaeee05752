package com.yumroad.storefront;

import java.time.Instant;

/**
 * A store as other modules and the web layers see it. {@code description} may be null; {@code updatedAt} is the last
 * change of its name or description. How many products it holds is catalog's to say ({@code Catalog.productCounts}).
 */
public record Store(long id, long ownerId, String name, String description, String slug, Instant createdAt,
                    Instant updatedAt) {
}
