package com.yumroad.catalog.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of catalog.sellers: what a product shows of its store and creator, copied from storefront and accounts. */
@MappedEntity(value = "sellers", schema = "catalog")
record SellerRow(@Id long storeId, long creatorId, String storeName, String storeSlug, String creatorName) {
}
