package com.yumroad.catalog.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.UserSummary;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductChanges;
import com.yumroad.catalog.ProductPublished;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.catalog.ProductRemoved;
import com.yumroad.catalog.ProductUpdated;
import com.yumroad.catalog.StoreProductCount;
import com.yumroad.catalog.TagCount;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.kernel.paging.Cursors;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.kernel.text.Text;
import com.yumroad.kernel.text.TextRule;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
class ProductManagement implements Catalog {

    private static final String TAGS = "tags";

    private static final TextRule TAG_FILTER = TextRule.line("tag", "Tag");
    private static final TextRule SEARCH = TextRule.line("q", "The search").length(1, 200);

    private final ProductRepository products;
    private final ProductCardRepository cards;
    private final ProductCache cache;
    private final SellerNames sellers;
    private final ProductTags tags;
    private final Accounts accounts;
    private final Storefront storefront;
    private final Cursors cursors;
    private final DomainEvents events;
    private final NewTagAllowance newTags;
    private final StoreProductCounts counts;

    ProductManagement(ProductRepository products, ProductCardRepository cards, ProductCache cache, SellerNames sellers,
                      ProductTags tags, Accounts accounts, Storefront storefront, Cursors cursors, DomainEvents events,
                      NewTagAllowance newTags, StoreProductCounts counts) {
        this.products = products;
        this.cards = cards;
        this.cache = cache;
        this.sellers = sellers;
        this.tags = tags;
        this.accounts = accounts;
        this.storefront = storefront;
        this.cursors = cursors;
        this.events = events;
        this.newTags = newTags;
        this.counts = counts;
    }

    @Override
    @Transactional
    public Product create(long creatorId, NewProduct product) {
        String name = ProductRules.normaliseName(product.name());
        String description = ProductRules.normaliseDescription(product.description());
        List<String> tagNames = ProductRules.normaliseTags(product.tags());
        List<FieldError> errors = new ArrayList<>(ProductRules.check(name, description, product.priceCents(), tagNames));
        // Locks in the order every writer takes them (user, store, products): a deletion of the account or a
        // closing of the store waits for this product, or this waits and then finds them gone.
        UserSummary creator = accounts.hold(creatorId);
        Optional<Store> store = storefront.holdOfOwner(creatorId);
        if (store.isEmpty()) {
            errors.add(new FieldError("store", "Open a store before adding products"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ProductRow row = products.save(ProductRow.publishing(creatorId, store.get().id(), name, description,
                product.priceCents(), Boolean.TRUE.equals(product.payWhatYouWant()), tagNames));
        newTags.take(creatorId, tags.add(row.id(), tagNames));
        sellers.keep(store.get(), creator);
        counts.change(row.storeId(), 1);
        cache.published(row);
        events.publish(new ProductPublished(row.id(), row.storeId(), creatorId, name));
        return ProductViews.published(row, store.get(), creator);
    }

    @Override
    public List<FieldError> check(NewProduct product) {
        return ProductRules.check(ProductRules.normaliseName(product.name()),
                ProductRules.normaliseDescription(product.description()), product.priceCents(),
                ProductRules.normaliseTags(product.tags()));
    }

    /** One statement, outside of a transaction (nothing to keep consistent), or none when remembered. */
    @Override
    public Optional<Product> find(long productId) {
        return cache.find(productId, id -> cards.findById(id).map(ProductViews::of));
    }

    /** One statement, outside of a transaction. */
    @Override
    public Page<Product> list(ProductQuery query, PageRequest page) {
        String tag = query.tag() == null ? null : ProductRules.normaliseTag(query.tag());
        if (tag != null) {
            TAG_FILTER.check(tag).ifPresent(error -> {
                throw new InvalidInputException(List.of(error));
            });
        }
        String search = query.search() == null ? null : Text.line(query.search());
        if (search != null) {
            SEARCH.check(search).ifPresent(error -> {
                throw new InvalidInputException(List.of(error));
            });
        }
        String listKey = "creator=" + query.creatorId() + ";store=" + query.storeId() + ";tag=" + tag
                + (search == null ? "" : ";q=" + search);
        Long afterId = page.cursor() == null ? null : cursors.position(page.cursor(), listKey);
        List<ProductCardRow> rows = search == null
                ? cards.page(query.creatorId(), query.storeId(), tag, afterId, page.limit() + 1)
                : cards.search(search, query.creatorId(), query.storeId(), tag, afterId, page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<ProductCardRow> shown = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? cursors.after(shown.get(shown.size() - 1).id(), listKey) : null;
        return new Page<>(ProductViews.of(shown), next);
    }

    @Override
    public Map<Long, List<Product>> newestInStores(Collection<Long> storeIds, int perStore) {
        if (storeIds.isEmpty() || perStore < 1) {
            return Map.of();
        }
        Map<Long, List<Product>> byStore = new LinkedHashMap<>();
        ProductViews.of(cards.newestOfStores(storeIds, perStore))
                .forEach(p -> byStore.computeIfAbsent(p.store().id(), id -> new ArrayList<>()).add(p));
        return byStore;
    }

    /** One statement (a count read adds the changes not yet folded). */
    @Override
    @ReadOnly
    public Map<Long, Integer> productCounts(Collection<Long> storeIds) {
        return counts.of(storeIds);
    }

    /** One statement. */
    @Override
    @ReadOnly
    public List<StoreProductCount> mostStocked(int limit) {
        return limit < 1 ? List.of() : counts.mostStocked(limit);
    }

    @Override
    @Transactional
    public Product change(long productId, long actingUserId, ProductChanges changes) {
        ProductRow row = created(products.lockById(productId), productId, actingUserId);
        String name = changes.name() == null ? row.name() : ProductRules.normaliseName(changes.name());
        String description = changes.description() == null ? row.description()
                : ProductRules.normaliseDescription(changes.description());
        long priceCents = changes.priceCents() == null ? row.priceCents() : changes.priceCents();
        List<String> tagNames = ProductRules.normaliseTags(changes.tags());
        List<FieldError> errors = ProductRules.check(name, description, priceCents, tagNames);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean payWhatYouWant = changes.payWhatYouWant() == null ? row.letsBuyersPayWhatTheyWant()
                : changes.payWhatYouWant();
        products.update(productId, name, description, priceCents, ProductRow.stored(payWhatYouWant),
                changes.tags() == null ? row.tagNames() : ProductRow.searchable(tagNames),
                changes.tags() == null ? row.tagList() : ProductRow.listed(tagNames), Instant.now());
        if (changes.tags() != null) {
            newTags.take(actingUserId, tags.replace(productId, tagNames));
        }
        cache.changed(row);
        events.publish(new ProductUpdated(productId, row.storeId(), name));
        return cards.findById(productId).map(ProductViews::of).orElseThrow();
    }

    @Override
    @Transactional
    public void remove(long productId, long actingUserId) {
        // Store first, then the product: the order a closing store takes them. The product's row lock makes a
        // second remove (a double click, a retry) wait, then find nothing: 404, and no second ProductRemoved.
        storefront.holdOfOwner(actingUserId);
        ProductRow row = created(products.lockById(productId), productId, actingUserId);
        if (products.remove(productId) == 1) {
            counts.change(row.storeId(), -1);
            cache.changed(row);
            events.publish(new ProductRemoved(productId, row.storeId(), row.name()));
        }
    }

    @Override
    @ReadOnly
    public Page<TagCount> tags(int limit, String cursor) {
        TagCount after = cursor == null ? null : tagPosition(cursors.textPosition(cursor, TAGS));
        List<TagCount> rows = tags.counts(after, limit + 1);
        boolean more = rows.size() > limit;
        List<TagCount> shown = more ? rows.subList(0, limit) : rows;
        TagCount last = more ? shown.get(shown.size() - 1) : null;
        return new Page<>(List.copyOf(shown), last == null ? null
                : cursors.afterText(last.productCount() + ":" + last.name(), TAGS));
    }

    @Override
    @ReadOnly
    public List<TagCount> popularTags(int limit) {
        return tags.counts(limit);
    }

    private static TagCount tagPosition(String position) {
        int colon = position.indexOf(':');
        return new TagCount(position.substring(colon + 1), Long.parseLong(position.substring(0, colon)));
    }

    private ProductRow created(Optional<ProductRow> locked, long productId, long actingUserId) {
        ProductRow row = locked.orElseThrow(() -> new NotFoundException("Product", productId));
        if (row.creatorId() != actingUserId) {
            throw new ForbiddenException("Only the product's creator may change it");
        }
        return row;
    }
}
