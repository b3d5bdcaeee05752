package com.yumroad.sales.web;

import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.sales.Sale;
import com.yumroad.sales.SaleStatus;
import com.yumroad.sales.Sales;
import com.yumroad.sales.internal.PaymentGateways;
import com.yumroad.sales.internal.PaymentConfirmations;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
 * The buyer's receipt behind its private link (a wrong signature is a 404, like an unknown order): what was bought,
 * from whom, the amount, and whether it is paid or refunded. A buyer back from Stripe before the webhook arrives
 * finds the order confirmed with Stripe on the spot; until then the page says the payment is pending and reloads.
 * The page shows the {@code sections} the site module adds to its model (delivery's files to download): sales knows
 * no module that depends on it.
 */
@Controller("/receipts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class ReceiptPage {

    private final Sales sales;
    private final PaymentConfirmations confirmations;

    ReceiptPage(Sales sales, PaymentConfirmations confirmations) {
        this.sales = sales;
        this.confirmations = confirmations;
    }

    /** The files once had a page of their own; links to it (in receipts already mailed) lead to the receipt's. */
    @Get("/{orderId}/{signature}/files")
    HttpResponse<?> files(@PathVariable long orderId, @PathVariable String signature) {
        sales.byReceipt(orderId, signature).orElseThrow(() -> new NotFoundException("Receipt", orderId));
        return HttpResponse.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, sales.receiptPath(orderId) + "#files");
    }

    @Get(value = "/{orderId}/{signature}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(@PathVariable long orderId, @PathVariable String signature) {
        Sale sale = sales.byReceipt(orderId, signature).orElseThrow(() -> new NotFoundException("Receipt", orderId));
        if (sale.status() == SaleStatus.PENDING) {
            sale = confirmations.askProvider(orderId).orElse(sale);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("sale", sale);
        model.put("testMode", sale.paymentMode().equals(PaymentGateways.TEST));
        model.put("amounts", Amounts.INSTANCE);
        model.put("dates", Dates.INSTANCE);
        return new ModelAndView<>("sales/receipt", model);
    }
}
