package com.yumroad.site.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.yumroad.catalog.Catalog;
import com.yumroad.kernel.notices.ChangeNotices;
import com.yumroad.kernel.notices.NoticedCache;
import com.yumroad.storefront.Storefront;
import io.micronaut.core.annotation.Nullable;

import jakarta.inject.Singleton;

import java.util.function.Consumer;

/**
 * Store pages as an anonymous visitor sees them ({@link com.yumroad.kernel.http.SharedPages}), per store and page
 * cursor. A page shows the store (storefront's) and what catalog lists in it (the count, the products with their
 * covers and names), so it is kept with a mark of each side's state: a store's mark from storefront's notices
 * ({@link Storefront#CHANGES}: renamed, described, closed) and one from catalog's ({@link Catalog#LISTING_CHANGES}, its
 * notices that name the store or every list: a product added, changed or removed, a seller renamed). Each mark is an
 * object in a {@link NoticedCache}, which every instance forgets when a change commits (the writing instance at its
 * commit); a new mark is made on the next read, and a kept page answers only while both its marks are the current
 * ones. The marks are taken before the page's reads, so a page read before a change never answers after it. While
 * notices cannot be heard every mark is new, so nothing kept is answered.
 * <p>
 * A request names a store by its slug: the slug's store id is a hint, and a kept page also checks its slug. Bounded
 * by the pages' size, about {@value #MAXIMUM_BYTES} bytes.
 */
@Singleton
class KeptStorePages {

    static final long MAXIMUM_BYTES = 6_000_000;
    private static final int MAXIMUM_STORES = 50_000;

    private final NoticedCache<Long, Object> storeMarks;
    private final NoticedCache<Long, Object> listingMarks;
    private final Cache<String, Long> slugs = Caffeine.newBuilder().maximumSize(MAXIMUM_STORES).build();
    private final Cache<Key, Kept> pages = Caffeine.newBuilder()
            .maximumWeight(MAXIMUM_BYTES)
            .weigher((Key key, Kept kept) -> 100 + key.cursor().length() + kept.html().length)
            .build();

    KeptStorePages(ChangeNotices notices) {
        this.storeMarks = notices.cache(Storefront.CHANGES, Long::valueOf,
                Caffeine.newBuilder().maximumSize(MAXIMUM_STORES));
        this.listingMarks = notices.cache(Catalog.LISTING_CHANGES, Catalog::storeOf,
                Caffeine.newBuilder().maximumSize(MAXIMUM_STORES));
    }

    private record Key(long storeId, String cursor) {
    }

    private record Marks(Object store, Object listing) {
    }

    private record Kept(Marks marks, String slug, String base, byte[] html) {
    }

    /** What the page of this slug and cursor will be kept with, taken before its reads. */
    Taken take(String slug) {
        Long storeId = slugs.getIfPresent(slug);
        return new Taken(slug, storeId, storeId == null ? null : marks(storeId));
    }

    /** The page kept for this store's slug at this cursor (null: the first page) and address, or null. */
    @Nullable
    byte[] find(String slug, @Nullable String cursor, String base) {
        Long storeId = slugs.getIfPresent(slug);
        if (storeId == null) {
            return null;
        }
        Key key = new Key(storeId, cursor == null ? "" : cursor);
        Kept kept = pages.getIfPresent(key);
        if (kept == null) {
            return null;
        }
        if (!kept.slug().equals(slug) || !kept.base().equals(base) || !kept.marks().equals(marks(storeId))) {
            pages.asMap().remove(key, kept);
            return null;
        }
        return kept.html();
    }

    private Marks marks(long storeId) {
        return new Marks(storeMarks.get(storeId, id -> new Object()), listingMarks.get(storeId, id -> new Object()));
    }

    /** Marks taken for a slug before reading its store and products. */
    final class Taken {
        private final String slug;
        private final Long hintedStoreId;
        private final Marks marks;

        private Taken(String slug, @Nullable Long hintedStoreId, @Nullable Marks marks) {
            this.slug = slug;
            this.hintedStoreId = hintedStoreId;
            this.marks = marks;
        }

        /**
         * Keeps the page of this store at this cursor (null: the first page) once rendered; nothing when the slug
         * was not known to be the store's before its reads (the next view keeps it).
         */
        @Nullable
        Consumer<byte[]> keeper(long storeId, @Nullable String cursor, String base) {
            slugs.put(slug, storeId);
            if (marks == null || hintedStoreId != storeId) {
                return null;
            }
            Key key = new Key(storeId, cursor == null ? "" : cursor);
            return html -> pages.put(key, new Kept(marks, slug, base, html));
        }
    }
}
