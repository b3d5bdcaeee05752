package com.yumroad.catalog.activity;

import com.yumroad.catalog.ProductPublished;
import com.yumroad.catalog.ProductRemoved;
import com.yumroad.catalog.ProductUpdated;
import com.yumroad.kernel.events.AfterCommit;
import com.yumroad.kernel.events.Delivery;
import com.yumroad.storefront.StoreClosed;
import com.yumroad.storefront.StoreOpened;
import com.yumroad.storefront.StoreRenamed;
import com.yumroad.storefront.Storefront;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Writes the activity feed from the events, after their use case has committed, through the event publication log:
 * a crash or a failure delays an entry but never loses it. Idempotent (the publication id is the entry's key), and
 * an entry for a store closed in the meantime is dropped. A closing store's feed goes in the closing transaction
 * ({@link FeedLock} keeps the two apart).
 */
@Singleton
class ActivityRecorder {

    private final ActivityRepository activity;
    private final Storefront storefront;
    private final FeedLock feedLock;

    ActivityRecorder(ActivityRepository activity, Storefront storefront, FeedLock feedLock) {
        this.activity = activity;
        this.storefront = storefront;
        this.feedLock = feedLock;
    }

    @AfterCommit
    void storeOpened(StoreOpened event, Delivery delivery) {
        add(event.storeId(), "store_opened", null, event.name(), null, delivery);
    }

    @AfterCommit
    void storeRenamed(StoreRenamed event, Delivery delivery) {
        add(event.storeId(), "store_renamed", null, event.name(), event.previousName(), delivery);
    }

    @AfterCommit
    void productPublished(ProductPublished event, Delivery delivery) {
        add(event.storeId(), "product_published", event.productId(), event.name(), null, delivery);
    }

    @AfterCommit
    void productUpdated(ProductUpdated event, Delivery delivery) {
        add(event.storeId(), "product_updated", event.productId(), event.name(), null, delivery);
    }

    @AfterCommit
    void productRemoved(ProductRemoved event, Delivery delivery) {
        add(event.storeId(), "product_removed", event.productId(), event.name(), null, delivery);
    }

    @EventListener
    void on(StoreClosed event) {
        feedLock.lock(event.storeId());
        activity.deleteAllOfStore(event.storeId());
    }

    /**
     * The store's row first ({@link Storefront#keep}), then the feed lock: the order a closing takes them (it locks
     * the store to close it), so the two wait for each other instead of deadlocking.
     */
    private void add(long storeId, String kind, Long productId, String name, String previousName, Delivery delivery) {
        if (storefront.keep(storeId).isPresent()) {
            feedLock.lock(storeId);
            activity.add(storeId, delivery.publicationId(), kind, productId, name, previousName, delivery.publishedAt());
        }
    }
}
