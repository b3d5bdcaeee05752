package com.yumroad.notifications.accounts;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.EmailAddresses;
import com.yumroad.accounts.EmailChanged;
import com.yumroad.accounts.EmailConfirmationRequested;
import com.yumroad.accounts.PasswordResetRequested;
import com.yumroad.accounts.PasswordResets;
import com.yumroad.accounts.UserRegistered;
import com.yumroad.kernel.events.Delivery;
import com.yumroad.notifications.mail.Links;
import com.yumroad.notifications.mail.Mail;
import com.yumroad.notifications.mail.MailTemplates;
import com.yumroad.notifications.outbox.Postman;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * Mail about the account itself: the link to confirm the address after sign-up (issued here, when the mail goes:
 * accounts only announces the sign-up), a new confirmation link (again, or for a new address), the password-reset
 * link, and word to the old address when the account moved to a new one.
 */
@Singleton
public class AccountMails {

    private final Postman postman;
    private final Accounts accounts;
    private final EmailAddresses addresses;
    private final PasswordResets resets;
    private final MailTemplates templates;
    private final Links links;

    AccountMails(Postman postman, Accounts accounts, EmailAddresses addresses, PasswordResets resets,
                 MailTemplates templates, Links links) {
        this.postman = postman;
        this.accounts = accounts;
        this.addresses = addresses;
        this.resets = resets;
        this.templates = templates;
        this.links = links;
    }

    public void userRegistered(UserRegistered event, Delivery delivery) {
        postman.deliver(event, delivery, "confirm-email", () -> addresses.confirmationFor(event.userId())
                .map(confirmation -> confirm(event.name(), confirmation.email(), confirmation.path(), false)));
    }

    public void emailConfirmationRequested(EmailConfirmationRequested event, Delivery delivery) {
        postman.deliver(event, delivery, "confirm-email", () -> accounts.find(event.userId()).map(user ->
                confirm(user.name(), event.email(), addresses.path(event.tokenId()), event.change())));
    }

    public void passwordResetRequested(PasswordResetRequested event, Delivery delivery) {
        postman.deliver(event, delivery, "password-reset", () -> accounts.find(event.userId()).map(user -> {
            Map<String, Object> model = new HashMap<>();
            model.put("name", user.name());
            model.put("resetUrl", links.to(resets.path(event.tokenId())));
            model.put("forgotUrl", links.to("/password-reset"));
            return templates.render(event.email(), "Set a new password for Yumroad", "password-reset", model);
        }));
    }

    public void emailChanged(EmailChanged event, Delivery delivery) {
        postman.deliver(event, delivery, "email-changed", () -> accounts.find(event.userId()).map(user -> {
            Map<String, Object> model = new HashMap<>();
            model.put("name", user.name());
            model.put("newEmail", event.email());
            return templates.render(event.previousEmail(), "Your Yumroad address was changed", "email-changed", model);
        }));
    }

    private Mail confirm(String name, String email, String path, boolean change) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("email", email);
        model.put("change", change);
        model.put("confirmUrl", links.to(path));
        return templates.render(email, change ? "Confirm your new address for Yumroad" : "Confirm your address for Yumroad",
                "confirm-email", model);
    }
}
