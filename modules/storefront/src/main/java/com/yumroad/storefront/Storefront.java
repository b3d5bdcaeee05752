package com.yumroad.storefront;

import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The storefront module's API: stores, one per user at most. */
public interface Storefront {

    /**
     * The change notices' channel ({@code ChangeNotices}) on which every change to a store (its name, description)
     * and its closing is told, with the store's id, when it commits: to every instance by storefront V6's trigger,
     * and to the writing instance at its commit.
     */
    String CHANGES = "storefront_stores";

    /** Opens the owner's store; InvalidInputException for a bad name, ConflictException if they have one already. */
    Store open(long ownerId, NewStore store);

    /**
     * What is wrong with a new store's fields ({@code name}, {@code description}), without writing anything: lets a
     * form that opens a store with something else (an account) report every error at once.
     */
    List<FieldError> check(NewStore store);

    Optional<Store> find(long storeId);

    Optional<Store> findBySlug(String slug);

    Optional<Store> ofOwner(long ownerId);

    /**
     * The owner's store, kept from being closed until the calling transaction ends (a key-share lock: use cases
     * that hold one store do not wait for each other). A use case that adds to or removes from the store calls it before touching its own rows
     * (and after {@code Accounts.hold} when it adds), so that it and a closing or the owner's deletion take their
     * locks in one order (user, store, the store's products) and one waits for the other instead of deadlocking.
     */
    Optional<Store> holdOfOwner(long ownerId);

    /**
     * The store, kept from being closed until the calling transaction ends (a key-share lock on its row: changes and
     * new products still go ahead); empty when it is gone. For work that must not outlive the store, such as a
     * feed entry written after the fact: a closing waits for it, or it waits for the closing and finds nothing.
     */
    Optional<Store> keep(long storeId);

    /** The stores with these ids, in one query; unknown ids are left out. */
    Map<Long, Store> stores(Collection<Long> storeIds);

    /**
     * Every store, newest first, a page at a time (one statement whatever the page's size); with {@code slug}, only the
     * store at that address (a page of one, or an empty one). InvalidInputException on {@code slug} when it cannot be
     * a store's address; InvalidCursorException on a cursor not issued for this list.
     */
    Page<Store> list(@Nullable String slug, PageRequest page);

    /** Changes a store; only its owner may (ForbiddenException otherwise). */
    Store change(long storeId, long actingUserId, StoreChanges changes);

    /** Closes a store (only its owner may); {@link StoreClosed} lets what belongs to it go first. */
    void close(long storeId, long actingUserId);
}
