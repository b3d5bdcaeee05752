package com.yumroad.catalog.internal;

import com.yumroad.catalog.Catalog;
import com.yumroad.kernel.notices.ChangeNotices;
import com.yumroad.kernel.notices.NoticedCache;
import jakarta.inject.Singleton;

/**
 * Tells this instance, when the calling transaction commits, what catalog V11's triggers tell every instance on
 * {@link Catalog#LISTING_CHANGES}: what a store lists changed (a product added, changed or removed, a name catalog
 * keeps for it). Whoever remembers a store's page forgets it then, so the writer reads its own writes at once.
 */
@Singleton
public class StoreListings {

    private final ChangeNotices notices;

    StoreListings(ChangeNotices notices) {
        this.notices = notices;
    }

    /** The store's listing changed in the calling transaction. */
    public void changed(long storeId) {
        notices.hearAfterCommit(Catalog.LISTING_CHANGES, ProductLists.ofStore(storeId));
    }

    /** Listings of stores changed in the calling transaction, too many to name. */
    public void changedAll() {
        notices.hearAfterCommit(Catalog.LISTING_CHANGES, NoticedCache.EVERYTHING);
    }
}
