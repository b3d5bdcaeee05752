package com.yumroad.notifications.webhooks;

import com.yumroad.accounts.Accounts;
import com.yumroad.kernel.events.Delivery;
import com.yumroad.notifications.mail.Links;
import com.yumroad.notifications.mail.MailTemplates;
import com.yumroad.notifications.outbox.Postman;
import com.yumroad.webhooks.WebhookDisabled;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** A webhook that kept failing was disabled: its owner hears of it, with the way to its delivery log. */
@Singleton
public class WebhookMails {

    private final Postman postman;
    private final Accounts accounts;
    private final MailTemplates templates;
    private final Links links;

    WebhookMails(Postman postman, Accounts accounts, MailTemplates templates, Links links) {
        this.postman = postman;
        this.accounts = accounts;
        this.templates = templates;
        this.links = links;
    }

    public void webhookDisabled(WebhookDisabled event, Delivery delivery) {
        postman.deliver(event, delivery, "webhook-disabled", () -> accounts.find(event.ownerId()).map(owner -> {
            Map<String, Object> model = new HashMap<>();
            model.put("name", owner.name());
            model.put("url", event.url());
            model.put("failures", event.consecutiveFailures());
            model.put("webhookUrl", links.to("/dashboard/webhooks/" + event.subscriptionId()));
            return templates.render(owner.email(), "A webhook of yours was disabled", "webhook-disabled", model);
        }));
    }
}
