package com.yumroad.catalog;

/**
 * Which products to list: any combination of creator, store, tag and a search (null: no filter). Without a search
 * the list is newest first; with one, best match first.
 */
public record ProductQuery(Long creatorId, Long storeId, String tag, String search) {

    public ProductQuery(Long creatorId, Long storeId, String tag) {
        this(creatorId, storeId, tag, null);
    }

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

    public static ProductQuery matching(String search) {
        return new ProductQuery(null, null, null, search);
    }
}
