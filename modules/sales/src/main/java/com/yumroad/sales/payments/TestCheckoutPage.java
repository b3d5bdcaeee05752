package com.yumroad.sales.payments;

import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.security.FormTokens;
import com.yumroad.kernel.text.Text;
import com.yumroad.sales.SaleStatus;
import com.yumroad.sales.internal.OrderRepository;
import com.yumroad.sales.internal.OrderRow;
import com.yumroad.sales.internal.OrderTransitions;
import com.yumroad.sales.internal.PaymentGateways;
import com.yumroad.sales.internal.ReceiptLinks;
import com.yumroad.sales.web.Amounts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Test mode's stand-in for Stripe's hosted checkout, marked "test mode" all over: Stripe's test cards drive the same
 * transitions the Stripe webhook does (4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined; any other number
 * is refused beside the field and changes nothing). It answers 404 unless test mode is the active adapter, so a site
 * switched to Stripe cannot be paid with a test card, and only for orders taken in test mode.
 */
@Controller("/checkout/test")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class TestCheckoutPage {

    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final PaymentGateways gateways;
    private final ReceiptLinks receipts;
    private final FormTokens forms;

    TestCheckoutPage(OrderRepository orders, OrderTransitions transitions, PaymentGateways gateways,
                     ReceiptLinks receipts, FormTokens forms) {
        this.orders = orders;
        this.transitions = transitions;
        this.gateways = gateways;
        this.receipts = receipts;
        this.forms = forms;
    }

    @Get(value = "/{reference}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(@PathVariable String reference) {
        OrderRow order = order(reference);
        if (order.saleStatus() == SaleStatus.PAID || order.saleStatus() == SaleStatus.REFUNDED) {
            return HttpResponse.seeOther(URI.create(receipts.path(order.id())));
        }
        return HttpResponse.ok(page(order, "", Map.of()));
    }

    @Post(value = "/{reference}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> pay(@Nullable String csrfToken, @PathVariable String reference, @Nullable String card,
                        HttpRequest<?> request) {
        forms.check(request, csrfToken);
        OrderRow order = order(reference);
        if (order.saleStatus() != SaleStatus.PENDING) {
            return show(reference);
        }
        return switch (TestCards.of(card)) {
            case PAYS -> {
                transitions.paid(order.id(), "test_pi_" + order.id());
                yield HttpResponse.seeOther(URI.create(receipts.path(order.id())));
            }
            case DECLINED -> HttpResponse.status(HttpStatus.PAYMENT_REQUIRED)
                    .body(page(transitions.declined(order.id()), card, Map.of()));
            case UNKNOWN -> HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(order, card, Map.of("card",
                    "Test mode takes Stripe's test cards: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined")));
        };
    }

    private OrderRow order(String reference) {
        return (Text.isSearchable(reference) ? orders.findByPaymentReference(reference) : Optional.<OrderRow>empty())
                .filter(order -> gateways.testMode() && order.paymentProvider().equals(PaymentGateways.TEST))
                .orElseThrow(() -> new NotFoundException("Test checkout", reference));
    }

    private ModelAndView<Map<String, Object>> page(OrderRow order, String card, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("order", order.sale());
        model.put("reference", order.paymentReference());
        model.put("card", card == null ? "" : card);
        model.put("errors", errors);
        model.put("amounts", Amounts.INSTANCE);
        return new ModelAndView<>("sales/test-checkout", model);
    }
}
