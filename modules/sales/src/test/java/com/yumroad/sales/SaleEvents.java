package com.yumroad.sales;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every sales event as it is published (in its transaction), for tests that count them. */
@Singleton
public class SaleEvents {

    private final List<SaleCompleted> completed = new CopyOnWriteArrayList<>();
    private final List<SaleRefunded> refunded = new CopyOnWriteArrayList<>();

    @EventListener
    void on(SaleCompleted event) {
        completed.add(event);
    }

    @EventListener
    void on(SaleRefunded event) {
        refunded.add(event);
    }

    public List<SaleCompleted> completed(long orderId) {
        return completed.stream().filter(e -> e.orderId() == orderId).toList();
    }

    public List<SaleRefunded> refunded(long orderId) {
        return refunded.stream().filter(e -> e.orderId() == orderId).toList();
    }
}
