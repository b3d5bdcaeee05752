package com.yumroad.notifications;

import com.yumroad.accounts.EmailChanged;
import com.yumroad.accounts.EmailConfirmationRequested;
import com.yumroad.accounts.PasswordResetRequested;
import com.yumroad.accounts.UserRegistered;
import com.yumroad.kernel.events.AfterCommit;
import com.yumroad.kernel.events.Delivery;
import com.yumroad.notifications.accounts.AccountMails;
import com.yumroad.notifications.sales.ReceiptMails;
import com.yumroad.notifications.sales.SaleNotices;
import com.yumroad.notifications.webhooks.WebhookMails;
import com.yumroad.sales.SaleCompleted;
import com.yumroad.sales.SaleRefunded;
import com.yumroad.webhooks.WebhookDisabled;
import jakarta.inject.Singleton;

/**
 * What notifications listens to: each event is a mail, sent after its use case committed, once per event
 * ({@code notifications.mails} keeps what was sent). A sale is two mails, each its own listener so one failing does
 * not resend the other: the buyer's receipt and the seller's notice. The ids are the publication log's names for
 * these listeners (kept from the classes that held them, so pending deliveries still find them).
 */
@Singleton
class Listens {

    private final AccountMails accountMails;
    private final ReceiptMails receipts;
    private final SaleNotices saleNotices;
    private final WebhookMails webhookMails;

    Listens(AccountMails accountMails, ReceiptMails receipts, SaleNotices saleNotices, WebhookMails webhookMails) {
        this.accountMails = accountMails;
        this.receipts = receipts;
        this.saleNotices = saleNotices;
        this.webhookMails = webhookMails;
    }

    @AfterCommit("AccountMails.userRegistered")
    void userRegistered(UserRegistered event, Delivery delivery) {
        accountMails.userRegistered(event, delivery);
    }

    @AfterCommit("AccountMails.emailConfirmationRequested")
    void emailConfirmationRequested(EmailConfirmationRequested event, Delivery delivery) {
        accountMails.emailConfirmationRequested(event, delivery);
    }

    @AfterCommit("AccountMails.passwordResetRequested")
    void passwordResetRequested(PasswordResetRequested event, Delivery delivery) {
        accountMails.passwordResetRequested(event, delivery);
    }

    @AfterCommit("AccountMails.emailChanged")
    void emailChanged(EmailChanged event, Delivery delivery) {
        accountMails.emailChanged(event, delivery);
    }

    /** The buyer's receipt. */
    @AfterCommit("ReceiptMails.saleCompleted")
    void saleCompleted(SaleCompleted event, Delivery delivery) {
        receipts.saleCompleted(event, delivery);
    }

    /** The seller's notice of the same sale, unless they turned them off. */
    @AfterCommit("SaleNotices.saleCompleted")
    void saleCompletedForTheSeller(SaleCompleted event, Delivery delivery) {
        saleNotices.saleCompleted(event, delivery);
    }

    @AfterCommit("ReceiptMails.saleRefunded")
    void saleRefunded(SaleRefunded event, Delivery delivery) {
        receipts.saleRefunded(event, delivery);
    }

    @AfterCommit("WebhookMails.webhookDisabled")
    void webhookDisabled(WebhookDisabled event, Delivery delivery) {
        webhookMails.webhookDisabled(event, delivery);
    }
}
