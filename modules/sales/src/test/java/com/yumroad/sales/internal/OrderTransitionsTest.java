package com.yumroad.sales.internal;

import com.yumroad.catalog.Product;
import com.yumroad.kernel.errors.ConflictException;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.sales.SaleCompleted;
import com.yumroad.sales.SaleEvents;
import com.yumroad.sales.SaleStatus;
import com.yumroad.sales.Sales;
import com.yumroad.sales.SalesFixture;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.sales.expiry.enabled", value = "false")
class OrderTransitionsTest implements FreshDatabase {

    private static final int RACERS = 8;

    @Inject
    Checkouts checkouts;
    @Inject
    OrderTransitions transitions;
    @Inject
    OrderRepository orders;
    @Inject
    Sales sales;
    @Inject
    SaleEvents events;
    @Inject
    SalesFixture fixture;

    SalesFixture.Seller seller;
    Product product;

    @BeforeAll
    void aSellerWithAProduct() {
        seller = fixture.seller("Ada");
        product = fixture.product(seller, "Difference Engine Manual", 1250);
    }

    @Test
    void paymentsConfirmedManyTimesAtOnceMakeOnePaidOrderAndOneEvent() throws Exception {
        long order = pendingOrder();

        List<OrderRow> seen = race(() -> transitions.paid(order, "pi_once"));

        assertThat(seen).allSatisfy(row -> assertThat(row.saleStatus()).isEqualTo(SaleStatus.PAID));
        assertThat(events.completed(order)).hasSize(1);
        assertThat(orders.findById(order).orElseThrow().paymentId()).isEqualTo("pi_once");
    }

    @Test
    void theEventCarriesTheSaleAsTheDatabaseKeepsIt() {
        long order = pendingOrder();

        transitions.paid(order, "pi_fields");

        SaleCompleted event = events.completed(order).get(0);
        OrderRow row = orders.findById(order).orElseThrow();
        assertThat(event).isEqualTo(new SaleCompleted(order, product.id(), seller.storeId(), seller.id(),
                "Difference Engine Manual", "buyer@example.com", 1250, "USD", row.createdAt(), row.paidAt()));
    }

    @Test
    void aDeclinedOrderStaysDeclined() {
        long order = pendingOrder();

        transitions.declined(order);
        OrderRow after = transitions.paid(order, "pi_late");

        assertThat(after.saleStatus()).isEqualTo(SaleStatus.DECLINED);
        assertThat(events.completed(order)).isEmpty();
    }

    @Test
    void aPaymentTheProviderConfirmsAfterExpiryStillMakesTheSale() {
        long order = pendingOrder();
        transitions.expired(order);

        OrderRow after = transitions.paid(order, "pi_in_time");

        assertThat(after.saleStatus()).isEqualTo(SaleStatus.PAID);
        assertThat(events.completed(order)).hasSize(1);
    }

    @Test
    void aConfirmationForAnotherAmountOrCurrencyPaysNothing() {
        long order = pendingOrder();
        String reference = orders.findById(order).orElseThrow().paymentReference();

        assertThat(transitions.confirmed(reference, new PaymentConfirmation("pi_x", 1, "USD"))).isEmpty();
        assertThat(transitions.confirmed(reference, new PaymentConfirmation("pi_x", 1250, "EUR"))).isEmpty();
        assertThat(transitions.confirmed("cs_unknown", new PaymentConfirmation("pi_x", 1250, "USD"))).isEmpty();
        assertThat(orders.findById(order).orElseThrow().saleStatus()).isEqualTo(SaleStatus.PENDING);

        assertThat(transitions.confirmed(reference, new PaymentConfirmation("pi_x", 1250, "usd")))
                .hasValueSatisfying(row -> assertThat(row.saleStatus()).isEqualTo(SaleStatus.PAID));
    }

    @Test
    void pendingOrdersExpireWhenTheirTimeIsUpAndNoSooner() {
        long due = pendingOrder();
        long fresh = pendingOrder();
        long paid = pendingOrder();
        transitions.paid(paid, "pi_paid");
        backdate(due);
        backdate(paid);

        transitions.expireDue();

        assertThat(orders.findById(due).orElseThrow().saleStatus()).isEqualTo(SaleStatus.EXPIRED);
        assertThat(orders.findById(fresh).orElseThrow().saleStatus()).isEqualTo(SaleStatus.PENDING);
        assertThat(orders.findById(paid).orElseThrow().saleStatus()).isEqualTo(SaleStatus.PAID);
    }

    @Test
    void refundsRacingRefundOnceAndTellTheOthersItIsDone() throws Exception {
        long order = pendingOrder();
        transitions.paid(order, "pi_refund");

        List<Object> outcomes = race(() -> {
            try {
                return sales.refund(order, seller.id());
            } catch (ConflictException e) {
                return e;
            }
        });

        assertThat(outcomes).filteredOn(o -> o instanceof ConflictException).hasSize(RACERS - 1);
        assertThat(events.refunded(order)).hasSize(1);
        assertThat(sales.find(order).orElseThrow().status()).isEqualTo(SaleStatus.REFUNDED);
    }

    @Test
    void onlyItsSellerRefundsAPaidSale() {
        long pending = pendingOrder();
        SalesFixture.Seller other = fixture.seller("Eve");

        assertThatThrownBy(() -> sales.refund(pending, seller.id())).isInstanceOf(ConflictException.class);
        transitions.paid(pending, "pi_mine");
        assertThatThrownBy(() -> sales.refund(pending, other.id())).isInstanceOf(ForbiddenException.class);
        assertThat(sales.find(pending).orElseThrow().status()).isEqualTo(SaleStatus.PAID);
        assertThat(events.refunded(pending)).isEmpty();
    }

    private long pendingOrder() {
        return checkouts.start(new CheckoutRequest(product.id(), "buyer@example.com", null, "http://localhost"))
                .orderId();
    }

    private void backdate(long order) {
        try (var c = connection(); var s = c.prepareStatement("update sales.orders set expires_at = ? where id = ?")) {
            s.setObject(1, java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)));
            s.setLong(2, order);
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> List<T> race(Callable<T> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
