package com.yumroad.delivery.internal;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.ProductContent;
import com.yumroad.delivery.DownloadAllowance;
import com.yumroad.delivery.DownloadLink;
import com.yumroad.delivery.Downloads;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.sales.Sale;
import com.yumroad.sales.Sales;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

@Singleton
class DownloadManagement implements Downloads {

    private final Sales sales;
    private final Catalog catalog;
    private final ProductContent content;
    private final LinkSigner signer;
    private final DownloadCounts counts;
    private final DownloadLimits limits;
    private final DeliverySettings settings;

    DownloadManagement(Sales sales, Catalog catalog, ProductContent content, LinkSigner signer, DownloadCounts counts,
                       DownloadLimits limits, DeliverySettings settings) {
        this.sales = sales;
        this.catalog = catalog;
        this.content = content;
        this.signer = signer;
        this.counts = counts;
        this.limits = limits;
        this.settings = settings;
    }

    @Override
    @ReadOnly
    public List<DownloadLink> links(long orderId) {
        Sale sale = sales.find(orderId).filter(Sale::isPaid).orElse(null);
        if (sale == null) {
            return List.of();
        }
        Instant expires = Instant.now().plus(settings.linkTtl()).truncatedTo(ChronoUnit.SECONDS);
        return content.files(sale.productId()).stream()
                .map(f -> new DownloadLink(f.id(), f.name(), f.sizeBytes(), signer.path(orderId, f.id(), expires), expires))
                .toList();
    }

    @Override
    @ReadOnly
    public DownloadAllowance allowance(long orderId) {
        Sale sale = sales.find(orderId).orElseThrow(() -> new NotFoundException("Order", orderId));
        OptionalInt max = limitOf(sale.productId());
        return new DownloadAllowance(counts.used(orderId).orElse(0), max.isPresent() ? max.getAsInt() : null);
    }

    @Override
    @Transactional
    public void limit(long productId, long actingUserId, Integer maxDownloads) {
        if (catalog.find(productId).orElseThrow(() -> new NotFoundException("Product", productId))
                .creator().id() != actingUserId) {
            throw new ForbiddenException("Only the product's creator may change it");
        }
        if (maxDownloads == null) {
            limits.deleteById(productId);
        } else if (maxDownloads < 1 || maxDownloads > 1000) {
            throw new InvalidInputException("maxDownloads", "Between 1 and 1000, or null for no cap");
        } else {
            limits.put(productId, maxDownloads);
        }
    }

    @Override
    @ReadOnly
    public OptionalInt limitOf(long productId) {
        return limits.findById(productId).map(l -> OptionalInt.of(l.maxDownloads())).orElse(OptionalInt.empty());
    }
}
