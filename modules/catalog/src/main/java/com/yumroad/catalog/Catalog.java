package com.yumroad.catalog;

import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog module's API: products, their creators, stores and tags, navigable in every direction
 * (a user's, a store's or a tag's products through {@link #list}; a product's creator, store and tags in
 * {@link Product}). Every page costs the same few SQL statements whatever its size.
 */
public interface Catalog {

    /**
     * The change notices' channel ({@code ChangeNotices}) on which catalog tells, when a change commits, which lists of
     * products changed: {@code s} and a store's id or {@code c} and a creator's id (a product of theirs added, changed
     * or removed), {@code *} any list (a store or its owner renamed, closed or deleted). Every instance hears it from
     * catalog V11's triggers, the writing one at its commit. {@link #storeOf} reads a store's notice.
     */
    String LISTING_CHANGES = "catalog_lists";

    /** The store whose listing a notice on {@link #LISTING_CHANGES} says changed, or null when it names no store. */
    static Long storeOf(String notice) {
        return notice.startsWith("s") ? Long.valueOf(notice.substring(1)) : null;
    }

    /** Adds a product to its creator's store; InvalidInputException for bad fields or when the creator has no store. */
    Product create(long creatorId, NewProduct product);

    /**
     * What is wrong with a product's fields (name, description, priceCents, tags), without writing anything: lets a
     * form report its own parsing errors together with catalog's.
     */
    List<FieldError> check(NewProduct product);

    Optional<Product> find(long productId);

    /** Newest first, keyset-paged; InvalidCursorException for a cursor this list did not issue. */
    Page<Product> list(ProductQuery query, PageRequest page);

    /**
     * The newest few products of each of these stores (at most {@code perStore} each, newest first), keyed by store
     * id; stores without products are absent. Four statements whatever the number of stores: for the landing page.
     */
    Map<Long, List<Product>> newestInStores(Collection<Long> storeIds, int perStore);

    /**
     * How many products each of these stores holds (0 for a store without any, or unknown), keyed by store id: one
     * statement whatever the number of stores. Catalog keeps the count in the transaction of each publication and
     * removal; a closed store's count goes with its products.
     */
    Map<Long, Integer> productCounts(Collection<Long> storeIds);

    /**
     * The stores with the most products, most first, then the newest; stores without products come last, newest first.
     * One statement: for the landing page's featured stores.
     */
    List<StoreProductCount> mostStocked(int limit);

    /** Changes a product; only its creator may (ForbiddenException otherwise). */
    Product change(long productId, long actingUserId, ProductChanges changes);

    /** Removes a product; only its creator may (ForbiddenException otherwise). */
    void remove(long productId, long actingUserId);

    /**
     * The tags products carry, with how many do, most used first, then by name: at most {@code limit} after the
     * position {@code cursor} names (null: from the start); InvalidCursorException for a cursor this list did not
     * issue.
     */
    Page<TagCount> tags(int limit, String cursor);

    /** The {@code limit} most used tags, most used first. */
    List<TagCount> popularTags(int limit);
}
