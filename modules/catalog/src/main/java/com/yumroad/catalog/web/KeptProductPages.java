package com.yumroad.catalog.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.yumroad.catalog.Product;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.function.Consumer;

/**
 * Product pages as an anonymous visitor sees them ({@link com.yumroad.kernel.http.SharedPages}), kept with the
 * product they were rendered from. The page shows nothing but that product (its store's and creator's names come
 * with it) and the site's address, so it is right exactly as long as {@code Catalog.find} still returns that same
 * product: catalog's product cache (a {@code NoticedCache} on {@code catalog_products}) forgets a product on every
 * instance when a change to it, its cover, its tags or its seller's names commits, and the next read is a new
 * object, which no kept page matches. While the cache cannot hear notices every read is new, so nothing kept is
 * answered. Bounded by the pages' size, about {@value #MAXIMUM_BYTES} bytes.
 */
@Singleton
class KeptProductPages {

    static final long MAXIMUM_BYTES = 8_000_000;

    private final Cache<Long, Kept> pages = Caffeine.newBuilder()
            .maximumWeight(MAXIMUM_BYTES)
            .weigher((Long id, Kept kept) -> kept.weight())
            .build();

    private record Kept(Product product, String base, byte[] html) {
        int weight() {
            return 100 + html.length + product.name().length() + product.description().length();
        }
    }

    /** The page kept for this very product at this address, or null. */
    @Nullable
    byte[] find(Product product, String base) {
        Kept kept = pages.getIfPresent(product.id());
        if (kept == null) {
            return null;
        }
        if (kept.product() != product || !kept.base().equals(base)) {
            pages.asMap().remove(product.id(), kept); // rendered from an older read: never answered again
            return null;
        }
        return kept.html();
    }

    /** Whether a page of this product is kept (for tests: a kept answer and a rendered one look alike). */
    boolean holds(long productId) {
        return pages.getIfPresent(productId) != null;
    }

    /** Keeps the page rendered from this product. */
    Consumer<byte[]> keeper(Product product, String base) {
        return html -> pages.put(product.id(), new Kept(product, base, html));
    }
}
