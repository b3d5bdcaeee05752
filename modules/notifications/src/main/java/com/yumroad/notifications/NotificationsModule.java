package com.yumroad.notifications;

import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * Email. Listens ({@code Listens}), after commit and durably, to other modules' events and announces nothing:
 * <ul>
 *   <li>sales' SaleCompleted: the buyer's receipt and the seller's sale notice (sales.ReceiptMails, sales.SaleNotices);
 *       SaleRefunded: the buyer's refund notice;</li>
 *   <li>accounts' UserRegistered and EmailChangeRequested: a link to confirm the address; PasswordResetRequested:
 *       the reset link; EmailChanged: word to the old address (accounts.AccountMails);</li>
 *   <li>webhooks' WebhookDisabled: word to the subscription's owner (webhooks.WebhookMails).</li>
 * </ul>
 * What was sent, to whom, for which event, is in {@code notifications.mails} (outbox.Postman); a seller's choice of
 * sale notices in {@code notifications.seller_preferences}. Mail goes to SMTP, or outside prod with no SMTP
 * configured, to the development mailbox at /dev/mailbox.
 */
@Singleton
public final class NotificationsModule implements ApplicationModule {

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("accounts", "sales", "webhooks");
    }
}
