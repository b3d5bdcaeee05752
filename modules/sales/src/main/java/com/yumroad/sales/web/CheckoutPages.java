package com.yumroad.sales.web;

import com.yumroad.catalog.Product;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.http.Forms;
import com.yumroad.kernel.http.SubmittedForm;
import com.yumroad.sales.internal.CheckoutRequest;
import com.yumroad.sales.internal.CheckoutStarted;
import com.yumroad.sales.internal.Checkouts;
import com.yumroad.sales.internal.PaymentFailedException;
import com.yumroad.sales.internal.PaymentGateways;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkout: the buyer's email (no account needed) and, for pay-what-you-want products, the amount; then off to pay
 * (Stripe, or the test checkout page) or, for a free product, straight to the receipt.
 */
@Controller("/checkout")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class CheckoutPages {

    private static final Map<String, String> FORM_FIELDS = Map.of("amountCents", "amount");

    private final Checkouts checkouts;
    private final PaymentGateways gateways;
    private final Forms forms;
    private final SiteAddress site;

    CheckoutPages(Checkouts checkouts, PaymentGateways gateways, Forms forms, SiteAddress site) {
        this.checkouts = checkouts;
        this.gateways = gateways;
        this.forms = forms;
        this.site = site;
    }

    @Get(value = "/{productId}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(@PathVariable long productId) {
        Product product = checkouts.product(productId);
        return page(product, "", Amounts.INSTANCE.plain(product.priceCents(), product.currency()), Map.of(), null);
    }

    @Post(value = "/{productId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> checkout(@Nullable String csrfToken, @PathVariable long productId, @Nullable String email,
                             @Nullable String amount, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken).renaming(FORM_FIELDS);
        Product product = checkouts.product(productId);
        String typedEmail = email == null ? "" : email;
        String typedAmount = amount == null ? "" : amount;
        return form.answer(() -> {
            Long cents = amount(product, typedEmail, typedAmount);
            try {
                CheckoutStarted started = checkouts.start(product, new CheckoutRequest(productId, typedEmail, cents,
                        site.of(request)));
                return HttpResponse.seeOther(URI.create(started.redirect()));
            } catch (PaymentFailedException e) {
                return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .body(page(product, typedEmail, typedAmount, Map.of(), e.getMessage()));
            }
        }, errors -> page(product, typedEmail, typedAmount, errors, null));
    }

    /** The amount in minor units (null: the price), with every field's error at once when something is wrong. */
    private Long amount(Product product, String email, String typed) {
        if (!checkouts.payWhatYouWant(product)) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        long cents = product.priceCents();
        try {
            cents = Amounts.parse(typed, product.currency(), "amountCents");
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        boolean parsed = errors.isEmpty();
        checkouts.check(product, email, cents).stream()
                .filter(error -> parsed || !error.field().equals("amountCents")).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return cents;
    }

    private ModelAndView<Map<String, Object>> page(Product product, String email, String amount,
                                                   Map<String, String> errors, @Nullable String failure) {
        Map<String, Object> model = new HashMap<>();
        model.put("product", product);
        model.put("email", email);
        model.put("amount", amount);
        model.put("errors", errors);
        model.put("failure", failure);
        model.put("testMode", gateways.testMode());
        model.put("payWhatYouWant", checkouts.payWhatYouWant(product));
        model.put("amounts", Amounts.INSTANCE);
        return new ModelAndView<>("sales/checkout", model);
    }
}
