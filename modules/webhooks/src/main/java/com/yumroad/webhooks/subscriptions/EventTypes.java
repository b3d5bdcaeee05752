package com.yumroad.webhooks.subscriptions;

import com.yumroad.catalog.ProductPublished;
import com.yumroad.catalog.ProductRemoved;
import com.yumroad.catalog.ProductUpdated;
import com.yumroad.kernel.events.EventNames;
import com.yumroad.sales.SaleCompleted;
import com.yumroad.sales.SaleRefunded;

import java.util.List;

/** The events an owner may subscribe to, by their public names (kernel EventNames: catalog.product-published, ...). */
public final class EventTypes {

    public static final List<Class<?>> EVENTS = List.of(ProductPublished.class, ProductUpdated.class,
            ProductRemoved.class, SaleCompleted.class, SaleRefunded.class);
    public static final List<String> NAMES = EVENTS.stream().map(e -> EventNames.of(e).orElseThrow()).toList();

    private EventTypes() {
    }

    public static String nameOf(Class<?> event) {
        return EventNames.of(event).orElseThrow();
    }
}
