package com.yumroad.delivery.internal;

import com.yumroad.catalog.ProductContent;
import com.yumroad.catalog.ProductFile;
import com.yumroad.delivery.Downloads;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.sales.Sale;
import com.yumroad.sales.Sales;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * Decides whether a followed download link gets its bytes: a forged or tampered link is 404 (it names nothing), an
 * expired one, a refunded or unpaid order and a used-up cap are 403; a file of another product is 404. Only then is
 * the download counted: once per download that starts at the first byte (resuming with a Range does not count).
 */
@Singleton
public class DownloadGate {

    /** What a valid link grants: this order's file. */
    public record Grant(Sale sale, ProductFile file) {
    }

    private final LinkSigner signer;
    private final Sales sales;
    private final ProductContent content;
    private final Downloads downloads;
    private final DownloadCounts counts;

    DownloadGate(LinkSigner signer, Sales sales, ProductContent content, Downloads downloads, DownloadCounts counts) {
        this.signer = signer;
        this.sales = sales;
        this.content = content;
        this.downloads = downloads;
        this.counts = counts;
    }

    @Transactional
    public Grant open(long orderId, long fileId, long expires, String signature, boolean fromStart) {
        if (!signer.valid(orderId, fileId, expires, signature)) {
            throw new NotFoundException("Download", fileId);
        }
        if (Instant.now().getEpochSecond() > expires) {
            throw new ForbiddenException("This download link has expired: open your receipt again for a fresh one");
        }
        Sale sale = sales.find(orderId).orElseThrow(() -> new NotFoundException("Download", fileId));
        if (!sale.isPaid()) {
            throw new ForbiddenException(sale.isRefunded() ? "This order was refunded: its files are no longer available"
                    : "This order is not paid");
        }
        ProductFile file = content.file(fileId).filter(f -> f.productId() == sale.productId())
                .orElseThrow(() -> new NotFoundException("Download", fileId));
        if (fromStart) {
            counts.open(orderId);
            OptionalInt max = downloads.limitOf(sale.productId());
            if (counts.countOne(orderId, max.isPresent() ? max.getAsInt() : null) != 1) {
                throw new ForbiddenException("This order has used all of its downloads");
            }
        }
        return new Grant(sale, file);
    }
}
