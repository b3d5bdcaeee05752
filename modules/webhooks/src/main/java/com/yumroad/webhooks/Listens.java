package com.yumroad.webhooks;

import com.yumroad.accounts.UserDeleted;
import com.yumroad.catalog.ProductPublished;
import com.yumroad.catalog.ProductRemoved;
import com.yumroad.catalog.ProductUpdated;
import com.yumroad.kernel.events.AfterCommit;
import com.yumroad.kernel.events.Delivery;
import com.yumroad.sales.SaleCompleted;
import com.yumroad.sales.SaleRefunded;
import com.yumroad.webhooks.delivery.OwnerCleanup;
import com.yumroad.webhooks.delivery.WebhookDue;
import com.yumroad.webhooks.delivery.WebhookFanOut;
import com.yumroad.webhooks.delivery.WebhookSender;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * What the webhooks module listens to. A deleted user's webhooks go in the deleting transaction; each public event a
 * subscription may ask for becomes, after its use case committed, one delivery per interested subscription of the
 * owner ({@link WebhookFanOut}), each sent on its own {@link WebhookDue} ({@link WebhookSender}: retried with backoff
 * until the delivery gives up). The ids are the publication log's names for these listeners (kept from the classes
 * that held them, so pending deliveries still find them).
 */
@Singleton
class Listens {

    private final OwnerCleanup owners;
    private final WebhookFanOut fanOut;
    private final WebhookSender sender;

    Listens(OwnerCleanup owners, WebhookFanOut fanOut, WebhookSender sender) {
        this.owners = owners;
        this.fanOut = fanOut;
        this.sender = sender;
    }

    @EventListener
    void userDeleted(UserDeleted event) {
        owners.removeWebhooksOf(event.userId());
    }

    /** Its creator owns the store (one store per user): no look-up of the store's owner. */
    @AfterCommit("WebhookFanOut.productPublished")
    void productPublished(ProductPublished event, Delivery delivery) {
        fanOut.ofSeller(event, event.creatorId(), delivery);
    }

    @AfterCommit("WebhookFanOut.productUpdated")
    void productUpdated(ProductUpdated event, Delivery delivery) {
        fanOut.ofStore(event, event.storeId(), delivery);
    }

    @AfterCommit("WebhookFanOut.productRemoved")
    void productRemoved(ProductRemoved event, Delivery delivery) {
        fanOut.ofStore(event, event.storeId(), delivery);
    }

    @AfterCommit("WebhookFanOut.saleCompleted")
    void saleCompleted(SaleCompleted event, Delivery delivery) {
        fanOut.ofSeller(event, event.sellerId(), delivery);
    }

    @AfterCommit("WebhookFanOut.saleRefunded")
    void saleRefunded(SaleRefunded event, Delivery delivery) {
        fanOut.ofSeller(event, event.sellerId(), delivery);
    }

    @AfterCommit(value = "WebhookSender.send", maxAttempts = 100_000)
    void webhookDue(WebhookDue due, Delivery delivery) {
        sender.send(due, delivery);
    }
}
