package com.yumroad.activity;

import com.yumroad.activity.internal.FeedEntries;
import com.yumroad.catalog.ProductPublished;
import com.yumroad.catalog.ProductRemoved;
import com.yumroad.catalog.ProductUpdated;
import com.yumroad.kernel.events.AfterCommit;
import com.yumroad.kernel.events.Delivery;
import com.yumroad.sales.SaleCompleted;
import com.yumroad.sales.SaleRefunded;
import com.yumroad.storefront.StoreClosed;
import com.yumroad.storefront.StoreOpened;
import com.yumroad.storefront.StoreRenamed;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * What the activity feed listens to. Each entry is written after its use case has committed, through the event
 * publication log: a crash or a failure delays an entry but never loses it, and a second delivery adds nothing.
 * A store's closing takes its feed with it, in the closing transaction. The ids are the publication log's names for
 * these listeners (kept from when the feed lived in catalog, so pending deliveries still find them).
 */
@Singleton
class Listens {

    private final FeedEntries feed;

    Listens(FeedEntries feed) {
        this.feed = feed;
    }

    @AfterCommit("ActivityRecorder.storeOpened")
    void storeOpened(StoreOpened event, Delivery delivery) {
        feed.add(event.storeId(), "store_opened", null, event.name(), null, delivery);
    }

    @AfterCommit("ActivityRecorder.storeRenamed")
    void storeRenamed(StoreRenamed event, Delivery delivery) {
        feed.add(event.storeId(), "store_renamed", null, event.name(), event.previousName(), delivery);
    }

    @EventListener
    void storeClosed(StoreClosed event) {
        feed.close(event.storeId());
    }

    @AfterCommit("ActivityRecorder.productPublished")
    void productPublished(ProductPublished event, Delivery delivery) {
        feed.add(event.storeId(), "product_published", event.productId(), event.name(), null, delivery);
    }

    @AfterCommit("ActivityRecorder.productUpdated")
    void productUpdated(ProductUpdated event, Delivery delivery) {
        feed.add(event.storeId(), "product_updated", event.productId(), event.name(), null, delivery);
    }

    @AfterCommit("ActivityRecorder.productRemoved")
    void productRemoved(ProductRemoved event, Delivery delivery) {
        feed.add(event.storeId(), "product_removed", event.productId(), event.name(), null, delivery);
    }

    @AfterCommit("ActivityRecorder.saleCompleted")
    void saleCompleted(SaleCompleted event, Delivery delivery) {
        feed.add(event.storeId(), "sale_completed", event.productId(), event.productName(), null, delivery);
    }

    @AfterCommit("ActivityRecorder.saleRefunded")
    void saleRefunded(SaleRefunded event, Delivery delivery) {
        feed.add(event.storeId(), "sale_refunded", event.productId(), event.productName(), null, delivery);
    }
}
