package com.yumroad.catalog.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.yumroad.catalog.Product;
import com.yumroad.kernel.notices.ChangeNotices;
import com.yumroad.kernel.notices.NoticedCache;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Products as this instance last read them, for the most frequent request there is (one product). Every change to a
 * product row, and every rename of a seller, NOTIFYs {@link #CHANNEL} from catalog V9's triggers, so every instance
 * forgets what changed when the change commits; the writer's instance forgets at its own commit, so a client reads
 * its writes at once. It keeps {@link ProductLists}, the pages that show the same products, in step. Bounded by
 * the text it holds, about {@value #MAXIMUM_CHARS} characters.
 */
@Singleton
public class ProductCache {

    static final String CHANNEL = "catalog_products";
    private static final long MAXIMUM_CHARS = 4_000_000;

    private final NoticedCache<Long, Product> products;
    private final ProductLists lists;

    ProductCache(ChangeNotices notices, ProductLists lists) {
        this.lists = lists;
        this.products = notices.cache(CHANNEL, Long::valueOf, Caffeine.newBuilder()
                .maximumWeight(MAXIMUM_CHARS)
                .weigher((Long id, Product p) -> 100 + p.name().length() + p.description().length()));
    }

    Optional<Product> find(long productId, LongFunction<Optional<Product>> read) {
        return Optional.ofNullable(products.get(productId, id -> read.apply(id).orElse(null)));
    }

    /** The product was published in the calling transaction: the pages of its store and creator change. */
    void published(ProductRow row) {
        lists.changed(row.storeId(), row.creatorId());
    }

    /** The product changed, or went, in the calling transaction, and with it the pages that show it. */
    public void changed(ProductRow row) {
        products.forgetAfterCommit(row.id());
        lists.changed(row.storeId(), row.creatorId());
    }

    /** Products changed, or went, in the calling transaction, too many to name. */
    public void changedAll() {
        products.forgetAllAfterCommit();
        lists.changedAll();
    }
}
