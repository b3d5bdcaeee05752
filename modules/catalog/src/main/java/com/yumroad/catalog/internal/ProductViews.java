package com.yumroad.catalog.internal;

import com.yumroad.accounts.UserSummary;
import com.yumroad.catalog.Cover;
import com.yumroad.catalog.Product;
import com.yumroad.storefront.Store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Turns product rows into {@link Product}s. A read takes the creator's and store's names from catalog's own copy
 * ({@link SellerNames}, joined in catalog.product_cards), so a product or a page of them is one statement.
 */
final class ProductViews {

    private ProductViews() {
    }

    static List<Product> of(List<ProductCardRow> rows) {
        return rows.stream().map(ProductViews::of).toList();
    }

    static Product of(ProductCardRow row) {
        return new Product(row.id(), row.name(), row.description(), row.priceCents(), row.currency(),
                Boolean.TRUE.equals(row.payWhatYouWant()),
                new Product.Creator(row.creatorId(), row.creatorName()),
                new Product.Shop(row.storeId(), row.storeName(), row.storeSlug()),
                List.of(row.tagList()), micros(row.createdAt()), micros(row.updatedAt()),
                row.coverKey() == null ? null : new Cover(row.coverKey(), row.coverAlt()));
    }

    /** A product just published, from what its publication wrote and held. */
    static Product published(ProductRow row, Store store, UserSummary creator) {
        return new Product(row.id(), row.name(), row.description(), row.priceCents(), row.currency(),
                row.letsBuyersPayWhatTheyWant(), new Product.Creator(creator.id(), creator.name()),
                new Product.Shop(store.id(), store.name(), store.slug()), List.of(row.tagList()),
                micros(row.createdAt()), micros(row.updatedAt()), null);
    }

    /** PostgreSQL keeps microseconds (rounded): a product just saved must equal the same product read back. */
    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
