package com.yumroad.sales.internal;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.Product;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Opens an order for a buyer: the product's name and price are copied as they are now (a later edit changes no
 * sale), the order is saved pending, then the active payment adapter opens the payment outside any transaction
 * (an HTTP call must not hold a database connection) and its reference is attached. A free order is paid at once.
 */
@Singleton
public class Checkouts {

    private final Catalog catalog;
    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final PaymentGateways gateways;
    private final ReceiptLinks receipts;
    private final SalesSettings settings;

    Checkouts(Catalog catalog, OrderRepository orders, OrderTransitions transitions, PaymentGateways gateways,
              ReceiptLinks receipts, SalesSettings settings) {
        this.catalog = catalog;
        this.orders = orders;
        this.transitions = transitions;
        this.gateways = gateways;
        this.receipts = receipts;
        this.settings = settings;
    }

    public Product product(long productId) {
        return catalog.find(productId).orElseThrow(() -> new NotFoundException("Product", productId));
    }

    /** Whether the buyer may pay more than the price: the seller's choice on the product. */
    public boolean payWhatYouWant(Product product) {
        return product.payWhatYouWant();
    }

    /** What is wrong with a checkout, without writing anything. */
    public List<FieldError> check(Product product, String email, long amountCents) {
        return CheckoutRules.check(CheckoutRules.normaliseEmail(email), amountCents, product,
                payWhatYouWant(product));
    }

    /** InvalidInputException on email or amountCents; PaymentFailedException when the provider will not start. */
    public CheckoutStarted start(CheckoutRequest request) {
        return start(product(request.productId()), request);
    }

    /** The same, for a caller that has read the product already (it must be {@code request.productId()}'s). */
    public CheckoutStarted start(Product product, CheckoutRequest request) {
        long amount = request.amountCents() == null ? product.priceCents() : request.amountCents();
        String email = CheckoutRules.normaliseEmail(request.buyerEmail());
        List<FieldError> errors = check(product, email, amount);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PaymentGateway gateway = gateways.active();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        OrderRow order = orders.save(new OrderRow(null, product.id(), product.store().id(), product.creator().id(),
                product.store().name(), product.name(), product.priceCents(), amount, product.currency(), email, "pending",
                amount == 0 ? "free" : gateway.provider(), null, null, null, now.plus(settings.getPendingFor()),
                null, null, null, now));
        String receipt = receipts.path(order.id());
        if (amount == 0) {
            transitions.paid(order.id(), null);
            return new CheckoutStarted(order.id(), receipt);
        }
        StartedPayment payment;
        try {
            payment = gateway.start(new PaymentRequest(order.id(), product.name(), amount, product.currency(), email,
                    order.expiresAt(), request.siteUrl() + receipt,
                    request.siteUrl() + "/products/" + product.id()));
        } catch (PaymentFailedException e) {
            transitions.expired(order.id());
            throw e;
        }
        orders.attachReference(order.id(), payment.reference(), now);
        return new CheckoutStarted(order.id(), payment.redirect());
    }
}
