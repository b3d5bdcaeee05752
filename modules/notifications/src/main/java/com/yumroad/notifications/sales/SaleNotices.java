package com.yumroad.notifications.sales;

import com.yumroad.accounts.Accounts;
import com.yumroad.kernel.events.Delivery;
import com.yumroad.notifications.mail.Links;
import com.yumroad.notifications.mail.Mail;
import com.yumroad.notifications.mail.MailTemplates;
import com.yumroad.notifications.mail.Money;
import com.yumroad.notifications.outbox.Postman;
import com.yumroad.notifications.preferences.SellerPreferences;
import com.yumroad.sales.SaleCompleted;
import com.yumroad.sales.Sales;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The seller hears of each sale, unless they turned sale notices off (their account page). */
@Singleton
public class SaleNotices {

    private final Postman postman;
    private final Sales sales;
    private final Accounts accounts;
    private final SellerPreferences preferences;
    private final MailTemplates templates;
    private final Links links;

    SaleNotices(Postman postman, Sales sales, Accounts accounts, SellerPreferences preferences,
                MailTemplates templates, Links links) {
        this.postman = postman;
        this.sales = sales;
        this.accounts = accounts;
        this.preferences = preferences;
        this.templates = templates;
        this.links = links;
    }

    public void saleCompleted(SaleCompleted event, Delivery delivery) {
        postman.deliver(event, delivery, "sale-notice", () -> {
            if (!preferences.wantsSaleNotices(event.sellerId())) {
                return Optional.empty();
            }
            return accounts.find(event.sellerId()).flatMap(seller -> sales.find(event.orderId()).map(sale -> {
                Map<String, Object> model = new HashMap<>();
                model.put("seller", seller);
                model.put("sale", sale);
                model.put("amount", Money.format(sale.amountCents(), sale.currency()));
                model.put("salesUrl", links.to("/dashboard/sales"));
                model.put("settingsUrl", links.to("/account#notifications"));
                return templates.render(seller.email(), "You made a sale: " + sale.productName(), "sale-notice", model);
            }));
        });
    }
}
