package com.yumroad.webhooks.web;

import com.yumroad.kernel.http.FormErrors;
import com.yumroad.kernel.http.Forms;
import com.yumroad.kernel.http.SubmittedForm;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.webhooks.delivery.Deliveries;
import com.yumroad.webhooks.delivery.DeliveryView;
import com.yumroad.webhooks.subscriptions.EventTypes;
import com.yumroad.webhooks.subscriptions.IssuedSubscription;
import com.yumroad.webhooks.subscriptions.NewSubscription;
import com.yumroad.webhooks.subscriptions.SubscriptionView;
import com.yumroad.webhooks.subscriptions.Subscriptions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The owner's webhooks on the dashboard: subscribe (the secret shown once), a disabled webhook flagged with a way
 * to enable it again, remove; each webhook's delivery log with "send again".
 */
@Controller("/dashboard/webhooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class WebhookPages {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Forms forms;

    WebhookPages(Subscriptions subscriptions, Deliveries deliveries, Forms forms) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Authentication caller) {
        return listPage(caller, "", List.of(), FormErrors.none(), null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> subscribe(@Nullable String csrfToken, @Nullable String url, @Nullable List<String> events,
                              Authentication caller, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        List<String> chosen = events == null ? List.of() : events;
        return form.answer(() -> {
            IssuedSubscription issued = subscriptions.subscribe(CurrentUser.id(caller), new NewSubscription(url, chosen));
            return HttpResponse.ok(listPage(caller, "", List.of(), FormErrors.none(), issued))
                    .header("Cache-Control", "no-store");
        }, errors -> listPage(caller, url, chosen, errors, null));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(@PathVariable long id, Authentication caller) {
        long owner = CurrentUser.id(caller);
        Map<String, Object> model = new HashMap<>();
        SubscriptionView webhook = subscriptions.find(owner, id);
        List<DeliveryView> log = deliveries.recent(owner, id);
        model.put("webhook", webhook);
        model.put("deliveries", log);
        model.put("disabled", webhook.disabledAt() == null ? null
                : DisabledNotice.of(webhook, log.stream().filter(d -> d.lastAttemptAt() != null).findFirst()));
        return new ModelAndView<>("webhooks/webhook", model);
    }

    @Post(value = "/{id}/deliveries/{deliveryId}/redeliver", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> sendAgain(@Nullable String csrfToken, @PathVariable long id, @PathVariable long deliveryId,
                              Authentication caller, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        deliveries.sendAgain(CurrentUser.id(caller), id, deliveryId);
        return form.done("/dashboard/webhooks/" + id, "Sending it again: the log shows how it went.");
    }

    @Post(value = "/{id}/enable", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> enable(@Nullable String csrfToken, @PathVariable long id, Authentication caller,
                           HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        subscriptions.enable(CurrentUser.id(caller), id);
        return form.done("/dashboard/webhooks/" + id, "The webhook is enabled again.");
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> remove(@Nullable String csrfToken, @PathVariable long id, Authentication caller,
                           HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        subscriptions.remove(CurrentUser.id(caller), id);
        return form.done("/dashboard/webhooks", "The webhook is removed.");
    }

    private ModelAndView<Map<String, Object>> listPage(Authentication caller, @Nullable String url,
                                                       List<String> chosen, Map<String, String> errors,
                                                       @Nullable IssuedSubscription issued) {
        long owner = CurrentUser.id(caller);
        List<SubscriptionView> webhooks = subscriptions.list(owner);
        Map<String, Object> model = new HashMap<>();
        model.put("webhooks", webhooks);
        model.put("disabled", webhooks.stream().filter(w -> w.disabledAt() != null)
                .map(w -> DisabledNotice.of(w, deliveries.lastAttempted(owner, w.id()))).toList());
        model.put("eventTypes", EventTypes.NAMES);
        model.put("url", url == null ? "" : url);
        model.put("chosenEvents", chosen);
        model.put("errors", errors);
        model.put("issued", issued);
        return new ModelAndView<>("webhooks/webhooks", model);
    }
}
