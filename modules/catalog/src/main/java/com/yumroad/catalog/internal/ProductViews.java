package com.yumroad.catalog.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.UserSummary;
import com.yumroad.catalog.Cover;
import com.yumroad.catalog.Product;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Turns product rows into {@link Product}s with their creator, store and tags. Creators and stores come from their
 * modules' batch APIs rather than from a local copy kept by events: always current, no second source of truth, and
 * still a fixed number of statements per page (one for users, one for stores, one for tags).
 */
@Singleton
class ProductViews {

    private final Accounts accounts;
    private final Storefront storefront;
    private final ProductTags tags;

    ProductViews(Accounts accounts, Storefront storefront, ProductTags tags) {
        this.accounts = accounts;
        this.storefront = storefront;
        this.tags = tags;
    }

    List<Product> of(List<ProductRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, UserSummary> creators = accounts.summaries(rows.stream().map(ProductRow::creatorId).toList());
        Map<Long, Store> stores = storefront.stores(rows.stream().map(ProductRow::storeId).toList());
        Map<Long, List<String>> tagsOf = tags.of(rows.stream().map(ProductRow::id).toList());
        return rows.stream().map(row -> product(row, creators.get(row.creatorId()), stores.get(row.storeId()),
                tagsOf.getOrDefault(row.id(), List.of()))).toList();
    }

    Product of(ProductRow row) {
        return of(List.of(row)).get(0);
    }

    private static Product product(ProductRow row, UserSummary creator, Store store, List<String> tags) {
        return new Product(row.id(), row.name(), row.description(), row.priceCents(), row.currency(),
                row.letsBuyersPayWhatTheyWant(),
                new Product.Creator(row.creatorId(), creator == null ? "" : creator.name()),
                new Product.Shop(row.storeId(), store == null ? "" : store.name(), store == null ? "" : store.slug()),
                tags, micros(row.createdAt()), micros(row.updatedAt()),
                row.coverKey() == null ? null : new Cover(row.coverKey(), row.coverAlt()));
    }

    /** PostgreSQL keeps microseconds (rounded): a product just saved must equal the same product read back. */
    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
