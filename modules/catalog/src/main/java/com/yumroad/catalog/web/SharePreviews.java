package com.yumroad.catalog.web;

import com.yumroad.catalog.Cover;
import com.yumroad.catalog.Product;
import com.yumroad.kernel.http.SharePreview;
import com.yumroad.kernel.http.SiteLinks;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/** The shared-link preview of a product's page: its cover, or none. */
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

    private String image(HttpRequest<?> request, Product product) {
        return product.cover() == null ? null : links.absolute(request, product.cover().url(PREVIEW_WIDTH));
    }
}
