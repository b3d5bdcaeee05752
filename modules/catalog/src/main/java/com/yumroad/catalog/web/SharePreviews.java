package com.yumroad.catalog.web;

import com.yumroad.catalog.Cover;
import com.yumroad.catalog.Product;
import com.yumroad.kernel.http.SharePreview;
import com.yumroad.kernel.http.SiteLinks;
import com.yumroad.storefront.Store;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.List;

/** The shared-link previews of catalog's public pages: a product shows its cover, a store its newest cover. */
@Singleton
class SharePreviews {

    private static final int PREVIEW_WIDTH = Cover.WIDTHS.get(Cover.WIDTHS.size() - 1);

    private final SiteLinks links;

    SharePreviews(SiteLinks links) {
        this.links = links;
    }

    SharePreview product(HttpRequest<?> request, Product product) {
        return new SharePreview("product", product.name(),
                product.description().isBlank() ? "By " + product.creator().name() + " in " + product.store().name()
                        : product.description(),
                links.absolute(request, "/products/" + product.id()), image(request, product),
                product.cover() == null ? null : product.coverAlt());
    }

    SharePreview store(HttpRequest<?> request, Store store, List<Product> products) {
        Product covered = products.stream().filter(p -> p.cover() != null).findFirst().orElse(null);
        return new SharePreview("website", store.name(),
                store.description() == null ? "Products from " + store.name() + " on Yumroad" : store.description(),
                links.absolute(request, "/s/" + store.slug()), covered == null ? null : image(request, covered),
                covered == null ? null : covered.coverAlt());
    }

    SharePreview page(HttpRequest<?> request, String title, String description, String path) {
        return new SharePreview("website", title, description, links.absolute(request, path), null, null);
    }

    private String image(HttpRequest<?> request, Product product) {
        return product.cover() == null ? null : links.absolute(request, product.cover().url(PREVIEW_WIDTH));
    }
}
