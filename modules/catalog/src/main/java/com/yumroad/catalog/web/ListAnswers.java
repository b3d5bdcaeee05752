package com.yumroad.catalog.web;

import com.yumroad.catalog.Product;
import com.yumroad.catalog.internal.ProductLists;
import com.yumroad.kernel.http.SiteLinks;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Answers a page of one store's or one creator's products from {@link ProductLists} when this instance has answered
 * it before, or reads and writes it now: a remembered page costs no statement and no JSON writing. The page's links
 * are absolute, so the site's address as the request names it is part of what tells pages apart.
 */
@Singleton
class ListAnswers {

    private final ProductLists lists;
    private final JsonMapper json;
    private final SiteLinks site;

    ListAnswers(ProductLists lists, JsonMapper json, SiteLinks site) {
        this.lists = lists;
        this.json = json;
        this.site = site;
    }

    /** The page of the list {@code scope} names ({@link ProductLists#ofStore}, {@link ProductLists#ofCreator}). */
    HttpResponse<byte[]> answer(String scope, String list, PageRequest page, HttpRequest<?> request,
                                Supplier<Page<Product>> read) {
        String base = site.absolute(request, "");
        ProductLists.Page key = new ProductLists.Page(scope,
                list + ";limit=" + page.limit() + ";cursor=" + page.cursor() + ";at=" + base);
        byte[] body = lists.answer(key, () -> {
            Page<Product> products = read.get();
            return new ProductLists.Answer(write(ProductPage.of(products, path -> base + path)),
                    products.items().isEmpty());
        });
        return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private byte[] write(ProductPage page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
