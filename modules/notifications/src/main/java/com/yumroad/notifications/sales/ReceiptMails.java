package com.yumroad.notifications.sales;

import com.yumroad.kernel.events.Delivery;
import com.yumroad.notifications.mail.Links;
import com.yumroad.notifications.mail.Mail;
import com.yumroad.notifications.mail.MailTemplates;
import com.yumroad.notifications.mail.Money;
import com.yumroad.notifications.outbox.Postman;
import com.yumroad.sales.Sale;
import com.yumroad.sales.SaleCompleted;
import com.yumroad.sales.SaleRefunded;
import com.yumroad.sales.Sales;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * The buyer's mail: a receipt when the sale completes, with the private receipt link and its files (the receipt's
 * {@code #files} section, delivery's downloads), and a notice when it is refunded.
 */
@Singleton
public class ReceiptMails {

    private final Postman postman;
    private final Sales sales;
    private final MailTemplates templates;
    private final Links links;

    ReceiptMails(Postman postman, Sales sales, MailTemplates templates, Links links) {
        this.postman = postman;
        this.sales = sales;
        this.templates = templates;
        this.links = links;
    }

    public void saleCompleted(SaleCompleted event, Delivery delivery) {
        postman.deliver(event, delivery, "receipt", () -> sales.find(event.orderId()).map(sale ->
                mail(sale, "Your receipt: " + sale.productName(), "receipt")));
    }

    public void saleRefunded(SaleRefunded event, Delivery delivery) {
        postman.deliver(event, delivery, "refund", () -> sales.find(event.orderId()).map(sale ->
                mail(sale, "Refunded: " + sale.productName(), "refund")));
    }

    private Mail mail(Sale sale, String subject, String template) {
        String receipt = links.to(sales.receiptPath(sale.id()));
        Map<String, Object> model = new HashMap<>();
        model.put("sale", sale);
        model.put("amount", Money.format(sale.amountCents(), sale.currency()));
        model.put("receiptUrl", receipt);
        model.put("filesUrl", receipt + "#files");
        return templates.render(sale.buyerEmail(), subject, template, model);
    }
}
