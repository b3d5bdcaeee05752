package com.yumroad.storefront.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.kernel.errors.ConflictException;
import com.yumroad.kernel.errors.Constraints;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.kernel.notices.ChangeNotices;
import com.yumroad.kernel.paging.Cursors;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.kernel.text.Text;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.StoreChanges;
import com.yumroad.storefront.StoreClosed;
import com.yumroad.storefront.StoreOpened;
import com.yumroad.storefront.StoreRenamed;
import com.yumroad.storefront.Storefront;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
class StoreManagement implements Storefront {

    private static final String ONE_STORE_PER_OWNER = "stores_owner_key";

    private static final int SLUG_ATTEMPTS = 5;

    private final StoreRepository stores;
    private final StoreSql sql;
    private final Accounts accounts;
    private final DomainEvents events;
    private final Cursors cursors;
    private final ChangeNotices notices;

    StoreManagement(StoreRepository stores, StoreSql sql, Accounts accounts, DomainEvents events, Cursors cursors,
                    ChangeNotices notices) {
        this.notices = notices;
        this.stores = stores;
        this.sql = sql;
        this.accounts = accounts;
        this.events = events;
        this.cursors = cursors;
    }

    @Override
    @Transactional
    public Store open(long ownerId, NewStore store) {
        String name = StoreRules.normaliseName(store.name());
        String description = StoreRules.normaliseDescription(store.description());
        List<FieldError> errors = StoreRules.check(name, description);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        accounts.hold(ownerId); // a deleted owner's token: 404, never a foreign-key 500
        if (stores.findByOwnerId(ownerId).isPresent()) {
            throw alreadyOpen();
        }
        StoreRow opened = insert(ownerId, name, description);
        events.publish(new StoreOpened(opened.id(), ownerId, name));
        return opened.toStore();
    }

    @Override
    public List<FieldError> check(NewStore store) {
        return StoreRules.check(StoreRules.normaliseName(store.name()), StoreRules.normaliseDescription(store.description()));
    }

    @Override
    @ReadOnly
    public Optional<Store> find(long storeId) {
        return stores.findById(storeId).map(StoreRow::toStore);
    }

    @Override
    @ReadOnly
    public Optional<Store> findBySlug(String slug) {
        return Text.isSearchable(slug) ? stores.findBySlug(slug).map(StoreRow::toStore) : Optional.empty();
    }

    @Override
    @ReadOnly
    public Page<Store> list(@Nullable String slug, PageRequest page) {
        if (slug != null) {
            Slugs.checkFilter(slug).ifPresent(error -> {
                throw new InvalidInputException(List.of(error));
            });
        }
        String listKey = "stores;slug=" + slug;
        Long afterId = page.cursor() == null ? null : cursors.position(page.cursor(), listKey);
        List<StoreRow> rows = stores.page(slug, afterId, page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<StoreRow> shown = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? cursors.after(shown.get(shown.size() - 1).id(), listKey) : null;
        return new Page<>(shown.stream().map(StoreRow::toStore).toList(), next);
    }

    @Override
    @Transactional
    public Optional<Store> keep(long storeId) {
        return stores.keepById(storeId).map(StoreRow::toStore);
    }

    @Override
    @Transactional
    public Optional<Store> holdOfOwner(long ownerId) {
        return sql.holdOfOwner(ownerId).map(StoreRow::toStore);
    }

    @Override
    @ReadOnly
    public Optional<Store> ofOwner(long ownerId) {
        return stores.findByOwnerId(ownerId).map(StoreRow::toStore);
    }

    @Override
    @ReadOnly
    public Map<Long, Store> stores(Collection<Long> storeIds) {
        if (storeIds.isEmpty()) {
            return Map.of();
        }
        return stores.findByIdIn(Set.copyOf(storeIds)).stream().map(StoreRow::toStore)
                .collect(Collectors.toMap(Store::id, Function.identity()));
    }

    @Override
    @Transactional
    public Store change(long storeId, long actingUserId, StoreChanges changes) {
        StoreRow store = owned(stores.lockById(storeId), storeId, actingUserId);
        String name = changes.name() == null ? store.name() : StoreRules.normaliseName(changes.name());
        String description = changes.description() == null ? store.description()
                : StoreRules.normaliseDescription(changes.description());
        List<FieldError> errors = StoreRules.check(name, description);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it: a later read agrees
        stores.updateNameAndDescription(storeId, name, description, now);
        notices.hearAfterCommit(Storefront.CHANGES, Long.toString(storeId));
        if (!name.equals(store.name())) {
            events.publish(new StoreRenamed(storeId, store.name(), name));
        }
        return new Store(storeId, store.ownerId(), name, description, store.slug(), store.createdAt(), now);
    }

    @Override
    @Transactional
    public void close(long storeId, long actingUserId) {
        closeStore(owned(stores.lockById(storeId), storeId, actingUserId));
    }

    /**
     * Also used when the owner's account goes: what belongs to the store leaves first, then the store. The caller has
     * locked the row ({@code for update}), so no product can be added to the store meanwhile.
     */
    void closeStore(StoreRow store) {
        events.publish(new StoreClosed(store.id(), store.ownerId()));
        stores.deleteById(store.id());
        notices.hearAfterCommit(Storefront.CHANGES, Long.toString(store.id()));
    }

    private StoreRow insert(long ownerId, String name, String description) {
        String base = Slugs.from(name);
        try {
            for (int attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
                String slug = attempt == 0 ? base : Slugs.withSuffix(base);
                Optional<StoreRow> opened = sql.insertUnlessSlugTaken(ownerId, name, description, slug);
                if (opened.isPresent()) {
                    return opened.get();
                }
            }
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e, ONE_STORE_PER_OWNER)) {
                throw alreadyOpen();
            }
            throw e;
        }
        throw new ConflictException("name", "Could not find a free address for this store name; try another name");
    }

    private StoreRow owned(Optional<StoreRow> row, long storeId, long actingUserId) {
        StoreRow store = row.orElseThrow(() -> new NotFoundException("Store", storeId));
        if (store.ownerId() != actingUserId) {
            throw new ForbiddenException("Only the store's owner may change it");
        }
        return store;
    }

    private static ConflictException alreadyOpen() {
        return new ConflictException("name", "You already have a store: each account has one");
    }
}
