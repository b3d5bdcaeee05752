package com.yumroad.site.web;

import com.yumroad.delivery.DownloadLink;
import com.yumroad.delivery.Downloads;
import com.yumroad.sales.Sale;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sales' receipt page ({@code /receipts/<order>/<signature>}) with delivery's files: each with a fresh, expiring
 * download link, and the downloads left. Composed here, above both, so sales knows nothing of delivery. Shown for a
 * paid order only; a refunded one shows nothing to download.
 */
@Singleton
class ReceiptFiles implements ViewModelProcessor<Map<String, Object>> {

    static final String RECEIPT = "sales/receipt";

    private final Downloads downloads;

    ReceiptFiles(Downloads downloads) {
        this.downloads = downloads;
    }

    @Override
    public void process(@NonNull HttpRequest<?> request, @NonNull ModelAndView<Map<String, Object>> view) {
        if (!view.getView().filter(RECEIPT::equals).isPresent()
                || !(view.getModel().map(m -> m.get("sale")).orElse(null) instanceof Sale sale) || !sale.isPaid()) {
            return;
        }
        List<DownloadLink> links = downloads.links(sale.id());
        Map<String, Object> part = new HashMap<>();
        part.put("links", links.stream().map(l -> new FileLine(l.fileName(), FileSizes.readable(l.sizeBytes()),
                l.path())).toList());
        part.put("allowance", downloads.allowance(sale.id()));
        PageSections.add(view, new PageSections.Section("site/receipt-files", part));
    }

    /** A file as the receipt lists it. */
    public record FileLine(String name, String size, String path) {
    }
}
