package com.yumroad.catalog.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.yumroad.catalog.Catalog;
import com.yumroad.kernel.notices.ChangeNotices;
import com.yumroad.kernel.notices.NoticedCache;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/**
 * Pages of a store's and of a creator's products as this instance last answered them (the JSON bytes), for the
 * most frequent requests after a single product. Every product added, changed or removed NOTIFYs {@link #CHANNEL}
 * with its store's and its creator's scope from catalog V11's triggers, and a renamed or gone seller NOTIFYs
 * {@code *}, so every instance forgets those pages when the change commits; the writer's instance forgets at its own
 * commit, so a client reads its writes at once. An empty page is never kept: its store or creator may go without a
 * product row changing. Bounded by the bytes it holds, about {@value #MAXIMUM_BYTES}.
 */
@Singleton
public class ProductLists {

    static final String CHANNEL = Catalog.LISTING_CHANGES;
    private static final long MAXIMUM_BYTES = 6_000_000;

    /** One page of one list: its scope ({@link #ofStore} or {@link #ofCreator}) and whatever else tells pages apart. */
    public record Page(String scope, String rest) {
    }

    private final ChangeNotices notices;
    private final NoticedCache<Page, byte[]> pages;

    ProductLists(ChangeNotices notices) {
        this.notices = notices;
        this.pages = notices.scopedCache(CHANNEL, (page, scope) -> page.scope().equals(scope), Caffeine.newBuilder()
                .maximumWeight(MAXIMUM_BYTES)
                .weigher((Page page, byte[] answer) -> 100 + answer.length));
    }

    /** The scope of a store's list, as its notices name it ({@link Catalog#storeOf} reads it back). */
    public static String ofStore(long storeId) {
        return "s" + storeId;
    }

    public static String ofCreator(long creatorId) {
        return "c" + creatorId;
    }

    /** A page written as JSON, and whether it shows no product (then it is not kept). */
    public record Answer(byte[] json, boolean empty) {
    }

    /** The page as last answered, or as {@code answer} writes it now. */
    public byte[] answer(Page page, Supplier<Answer> answer) {
        Answer[] unkept = new Answer[1];
        byte[] json = pages.get(page, key -> {
            Answer written = answer.get();
            if (written.empty()) {
                unkept[0] = written;
                return null;
            }
            return written.json();
        });
        return json != null ? json : unkept[0].json();
    }

    /**
     * A product of this store and creator was added, changed or removed in the calling transaction: this instance
     * hears at its commit what V11's trigger tells every instance (and so do the others who listen, site's kept store
     * pages).
     */
    void changed(long storeId, long creatorId) {
        notices.hearAfterCommit(CHANNEL, ofStore(storeId));
        notices.hearAfterCommit(CHANNEL, ofCreator(creatorId));
    }

    /** Products changed, or went, in the calling transaction, too many to name. */
    void changedAll() {
        notices.hearAfterCommit(CHANNEL, NoticedCache.EVERYTHING);
    }
}
