package com.yumroad.sales.payments;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import com.yumroad.sales.internal.OrderRepository;
import com.yumroad.sales.internal.OrderRow;
import com.yumroad.sales.internal.OrderTransitions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Stripe's webhook endpoint. The signature ({@code Stripe-Signature}: a timestamp and an HMAC of it and the raw
 * body under STRIPE_WEBHOOK_SECRET) is verified by the SDK; a forged, altered or older-than-tolerance (replayed)
 * event answers 400 and changes nothing. Handled: {@code checkout.session.completed} and
 * {@code checkout.session.async_payment_succeeded} (paid, when the amount and currency match the order),
 * {@code checkout.session.async_payment_failed} (declined), {@code checkout.session.expired} (expired). Stripe
 * delivers at least once: every transition is idempotent, so a duplicate answers 200 and changes nothing more.
 */
@Controller("/webhooks/stripe")
@Requires(property = "yumroad.sales.stripe.secret-key", pattern = ".*\\S.*")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class StripeWebhook {

    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhook.class);

    private final StripeSettings settings;
    private final OrderRepository orders;
    private final OrderTransitions transitions;

    StripeWebhook(StripeSettings settings, OrderRepository orders, OrderTransitions transitions) {
        this.settings = settings;
        this.orders = orders;
        this.transitions = transitions;
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    HttpResponse<?> receive(@Body String payload, @Nullable @Header("Stripe-Signature") String signature) {
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature == null ? "" : signature, settings.getWebhookSecret(),
                    settings.getWebhookTolerance().toSeconds());
        } catch (SignatureVerificationException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "The Stripe-Signature does not verify");
        } catch (RuntimeException e) { // signed, but JSON that does not parse
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Not a Stripe event");
        }
        switch (event.getType()) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> session(event)
                    .ifPresent(session -> StripeGateway.paid(session).ifPresentOrElse(
                            paid -> transitions.confirmed(session.getId(), paid).ifPresentOrElse(
                                    order -> LOG.info("Order {} paid (Stripe event {})", order.id(), event.getId()),
                                    () -> LOG.warn("Stripe event {} confirms session {}, which matches no order of "
                                            + "that amount and currency", event.getId(), session.getId())),
                            () -> LOG.info("Session {} completed without payment yet", session.getId())));
            case "checkout.session.async_payment_failed" -> order(event).ifPresent(o -> transitions.declined(o.id()));
            case "checkout.session.expired" -> order(event).ifPresent(o -> transitions.expired(o.id()));
            default -> LOG.debug("Stripe event {} of type {} ignored", event.getId(), event.getType());
        }
        return HttpResponse.ok();
    }

    private Optional<OrderRow> order(Event event) {
        return session(event).flatMap(session -> orders.findByPaymentReference(session.getId()));
    }

    /** The event's Checkout Session, also when Stripe's account API version differs from the SDK's. */
    private static Optional<Session> session(Event event) {
        EventDataObjectDeserializer data = event.getDataObjectDeserializer();
        StripeObject object;
        try {
            object = data.getObject().isPresent() ? data.getObject().get() : data.deserializeUnsafe();
        } catch (EventDataObjectDeserializationException e) {
            LOG.warn("Stripe event {} has an unreadable object: {}", event.getId(), e.getMessage());
            return Optional.empty();
        }
        return object instanceof Session session ? Optional.of(session) : Optional.empty();
    }
}
