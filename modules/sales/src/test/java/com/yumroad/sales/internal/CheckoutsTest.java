package com.yumroad.sales.internal;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductChanges;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.sales.Sale;
import com.yumroad.sales.SaleEvents;
import com.yumroad.sales.SaleQuery;
import com.yumroad.sales.SaleStatus;
import com.yumroad.sales.Sales;
import com.yumroad.sales.SalesFixture;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.sales.expiry.enabled", value = "false")
class CheckoutsTest implements FreshDatabase {

    @Inject
    Checkouts checkouts;
    @Inject
    OrderTransitions transitions;
    @Inject
    OrderRepository orders;
    @Inject
    Sales sales;
    @Inject
    Catalog catalog;
    @Inject
    SaleEvents events;
    @Inject
    SalesFixture fixture;

    @Test
    void aTestModeCheckoutOpensAPendingOrderAtTheTestCheckoutPage() {
        SalesFixture.Seller seller = fixture.seller("Grace");
        Product product = fixture.product(seller, "Compiler Notes", 900);

        CheckoutStarted started = checkouts.start(new CheckoutRequest(product.id(), "  Buyer@Example.COM ", null,
                "http://localhost"));

        OrderRow order = orders.findById(started.orderId()).orElseThrow();
        assertThat(order.saleStatus()).isEqualTo(SaleStatus.PENDING);
        assertThat(order.paymentProvider()).isEqualTo("test");
        assertThat(order.buyerEmail()).isEqualTo("buyer@example.com");
        assertThat(order.paymentReference()).startsWith("test_").hasSizeGreaterThan(25);
        assertThat(started.redirect()).isEqualTo("/checkout/test/" + order.paymentReference());
        assertThat(order.expiresAt()).isAfter(order.createdAt().plusSeconds(3599));
    }

    @Test
    void aSaleKeepsTheProductAsItWasThroughEditsAndDeletion() {
        SalesFixture.Seller seller = fixture.seller("Linus");
        Product product = fixture.product(seller, "Kernel Hacking Guide", 2000);
        long order = checkouts.start(new CheckoutRequest(product.id(), "fan@example.com", null, "http://x")).orderId();
        transitions.paid(order, "pi_1");

        catalog.change(product.id(), seller.id(), new ProductChanges("Renamed Guide", null, 5000L, null));
        catalog.remove(product.id(), seller.id());

        Sale sale = sales.find(order).orElseThrow();
        assertThat(sale.productName()).isEqualTo("Kernel Hacking Guide");
        assertThat(sale.listPriceCents()).isEqualTo(2000);
        assertThat(sale.amountCents()).isEqualTo(2000);
        assertThat(sale.productId()).isEqualTo(product.id());
        assertThat(sales.list(SaleQuery.of(seller.id()), PageRequest.first(10)).items())
                .extracting(Sale::id).containsExactly(order);
        assertThat(sales.paidSalesCounts(java.util.List.of(product.id()))).containsEntry(product.id(), 1L);
    }

    @Test
    void aFreeProductIsPaidAtOnceAndGoesStraightToTheReceipt() {
        SalesFixture.Seller seller = fixture.seller("Richard");
        Product product = fixture.product(seller, "Free Software Essay", 0);

        CheckoutStarted started = checkouts.start(new CheckoutRequest(product.id(), "reader@example.com", null,
                "http://localhost"));

        Sale sale = sales.find(started.orderId()).orElseThrow();
        assertThat(sale.status()).isEqualTo(SaleStatus.PAID);
        assertThat(sale.paymentMode()).isEqualTo("free");
        assertThat(started.redirect()).isEqualTo(sales.receiptPath(sale.id()));
        assertThat(events.completed(sale.id())).hasSize(1);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndWritesNothing() {
        SalesFixture.Seller seller = fixture.seller("Barbara");
        Product product = fixture.product(seller, "Abstraction Primer", 1500);
        long before = orders.count();

        assertThatThrownBy(() -> checkouts.start(new CheckoutRequest(product.id(), "not-an-email", 100L, "http://x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("email", "amountCents"));
        assertThatThrownBy(() -> checkouts.start(new CheckoutRequest(product.id(), "", 2000L, "http://x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::message)
                        .containsExactly("Enter the email address the receipt should go to",
                                "This product has a fixed price"));
        assertThatThrownBy(() -> checkouts.start(new CheckoutRequest(999_999, "a@example.com", null, "http://x")))
                .isInstanceOf(NotFoundException.class);
        assertThat(orders.count()).isEqualTo(before);
    }
}
