package com.yumroad.delivery.web;

import com.yumroad.delivery.Downloads;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.sales.Sale;
import com.yumroad.sales.Sales;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/**
 * The purchase's files, reached with the receipt's private link ({@code /receipts/<order>/<signature>} becomes
 * {@code /receipts/<order>/<signature>/files}): each with a fresh, expiring download link, and the downloads left.
 */
@Controller("/receipts/{orderId}/{signature}/files")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class DownloadsPage {

    private final Sales sales;
    private final Downloads downloads;

    DownloadsPage(Sales sales, Downloads downloads) {
        this.sales = sales;
        this.downloads = downloads;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(@PathVariable long orderId, @PathVariable String signature) {
        Sale sale = sales.byReceipt(orderId, signature).orElseThrow(() -> new NotFoundException("Receipt", orderId));
        Map<String, Object> model = new HashMap<>();
        model.put("sale", sale);
        var links = downloads.links(orderId);
        model.put("links", links);
        // Thymeleaf 3.1 refuses static calls (T(...)) in templates, so sizes are written out here
        Map<Long, String> sizes = new HashMap<>();
        links.forEach(link -> sizes.put(link.fileId(), readable(link.sizeBytes())));
        model.put("sizes", sizes);
        model.put("allowance", downloads.allowance(orderId));
        model.put("receipt", sales.receiptPath(orderId));
        return new ModelAndView<>("delivery/downloads", model);
    }

    private static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(java.util.Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }
}
