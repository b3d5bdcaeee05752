package com.yumroad.catalog;

/** Which products to list: any combination of creator, store and tag (null: no filter). */
public record ProductQuery(Long creatorId, Long storeId, String tag) {

    public static ProductQuery all() {
        return new ProductQuery(null, null, null);
    }

    public static ProductQuery byCreator(long creatorId) {
        return new ProductQuery(creatorId, null, null);
    }

    public static ProductQuery inStore(long storeId) {
        return new ProductQuery(null, storeId, null);
    }

    public static ProductQuery taggedWith(String tag) {
        return new ProductQuery(null, null, tag);
    }
}
