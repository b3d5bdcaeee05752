package com.yumroad.catalog;

/** How many products a store holds, as catalog counts them. */
public record StoreProductCount(long storeId, int productCount) {
}
