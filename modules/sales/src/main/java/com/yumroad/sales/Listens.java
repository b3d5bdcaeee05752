package com.yumroad.sales;

import com.yumroad.catalog.ProductRemoved;
import com.yumroad.sales.internal.ProductWithdrawal;
import com.yumroad.storefront.StoreClosed;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** What sales listens to, each in the transaction that announced it: what is gone can no longer be bought. */
@Singleton
class Listens {

    private final ProductWithdrawal withdrawal;

    Listens(ProductWithdrawal withdrawal) {
        this.withdrawal = withdrawal;
    }

    @EventListener
    void productRemoved(ProductRemoved event) {
        withdrawal.productRemoved(event.productId());
    }

    @EventListener
    void storeClosed(StoreClosed event) {
        withdrawal.storeClosed(event.storeId());
    }
}
