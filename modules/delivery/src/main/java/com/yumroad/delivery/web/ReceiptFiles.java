package com.yumroad.delivery.web;

import com.yumroad.delivery.DownloadLink;
import com.yumroad.delivery.Downloads;
import com.yumroad.sales.ReceiptSection;
import com.yumroad.sales.Sale;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The purchase's files on the buyer's receipt ({@code /receipts/<order>/<signature>}): each with a fresh, expiring
 * download link, and the downloads left. Shown for a paid order only; a refunded one shows nothing to download.
 */
@Singleton
class ReceiptFiles implements ReceiptSection {

    private final Downloads downloads;

    ReceiptFiles(Downloads downloads) {
        this.downloads = downloads;
    }

    @Override
    public String template() {
        return "delivery/receipt";
    }

    @Override
    public Optional<Map<String, Object>> model(Sale sale) {
        if (!sale.isPaid()) {
            return Optional.empty();
        }
        List<DownloadLink> links = downloads.links(sale.id());
        Map<String, Object> part = new HashMap<>();
        part.put("links", links.stream().map(l -> new FileLine(l.fileName(), FileSizes.readable(l.sizeBytes()),
                l.path())).toList());
        part.put("allowance", downloads.allowance(sale.id()));
        return Optional.of(part);
    }

    /** A file as the receipt lists it. */
    public record FileLine(String name, String size, String path) {
    }
}
