package com.yumroad.site.web;

import com.yumroad.catalog.Cover;
import com.yumroad.catalog.Product;
import com.yumroad.kernel.http.SharePreview;
import com.yumroad.kernel.http.SiteLinks;
import com.yumroad.storefront.Store;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.List;

/** The shared-link previews of the site's public pages: a store shows its newest cover, other pages none. */
@Singleton
class SharePreviews {

    private static final int PREVIEW_WIDTH = Cover.WIDTHS.get(Cover.WIDTHS.size() - 1);

    private final SiteLinks links;

    SharePreviews(SiteLinks links) {
        this.links = links;
    }

    SharePreview store(HttpRequest<?> request, Store store, List<Product> products) {
        Product covered = products.stream().filter(p -> p.cover() != null).findFirst().orElse(null);
        return new SharePreview("website", store.name(),
                store.description() == null ? "Products from " + store.name() + " on Yumroad" : store.description(),
                links.absolute(request, "/s/" + store.slug()),
                covered == null ? null : links.absolute(request, covered.cover().url(PREVIEW_WIDTH)),
                covered == null ? null : covered.coverAlt());
    }

    SharePreview page(HttpRequest<?> request, String title, String description, String path) {
        return new SharePreview("website", title, description, links.absolute(request, path), null, null);
    }
}
