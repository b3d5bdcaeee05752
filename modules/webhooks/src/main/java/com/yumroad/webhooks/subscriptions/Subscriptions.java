package com.yumroad.webhooks.subscriptions;

import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.webhooks.outbound.Destinations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An owner's webhook subscriptions: subscribe, list, rotate the secret, re-enable, remove. */
@Singleton
public class Subscriptions {

    public static final Duration OLD_SECRET_VALID_FOR = Duration.ofDays(1);
    static final int MAX_URL = 2000;

    private final SubscriptionRepository subscriptions;
    private final SecretBox box;
    private final Destinations destinations;
    private final WebhookSettings settings;

    Subscriptions(SubscriptionRepository subscriptions, SecretBox box, Destinations destinations,
                  WebhookSettings settings) {
        this.subscriptions = subscriptions;
        this.box = box;
        this.destinations = destinations;
        this.settings = settings;
    }

    /** InvalidInputException for a bad or refused URL, an unknown event type, too many subscriptions. */
    @Transactional
    public IssuedSubscription subscribe(long ownerId, NewSubscription request) {
        String url = request.url() == null ? "" : request.url().strip();
        Set<String> events = new LinkedHashSet<>(request.events() == null ? List.of() : request.events());
        List<FieldError> errors = new ArrayList<>();
        if (url.isEmpty()) {
            errors.add(new FieldError("url", "Give the URL to deliver to"));
        } else if (url.length() > MAX_URL) {
            errors.add(new FieldError("url", "At most " + MAX_URL + " characters"));
        } else {
            destinations.problemWith(url).ifPresent(problem -> errors.add(new FieldError("url", problem)));
        }
        if (events.isEmpty()) {
            errors.add(new FieldError("events", "Choose at least one event"));
        }
        events.stream().filter(e -> !EventTypes.NAMES.contains(e)).forEach(e -> errors.add(new FieldError("events",
                "Unknown event '" + e + "': use " + String.join(", ", EventTypes.NAMES))));
        subscriptions.holdOwner(ownerId);
        if (subscriptions.countByOwnerId(ownerId) >= settings.maxPerOwner()) {
            errors.add(new FieldError("url", "At most " + settings.maxPerOwner() + " webhooks: remove one first"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String secret = SigningSecrets.newSecret();
        Subscription saved = subscriptions.save(new Subscription(null, ownerId, url, String.join(" ", events),
                box.seal(secret), null, null, 0, null, null));
        return new IssuedSubscription(SubscriptionView.of(saved), secret);
    }

    public List<SubscriptionView> list(long ownerId) {
        return subscriptions.findByOwnerIdOrderByIdDesc(ownerId).stream().map(SubscriptionView::of).toList();
    }

    public SubscriptionView find(long ownerId, long id) {
        return SubscriptionView.of(owned(ownerId, id));
    }

    /** A new secret, shown once; the old one keeps being signed with for a day, so receivers can switch over. */
    @Transactional
    public String rotateSecret(long ownerId, long id) {
        Subscription subscription = owned(ownerId, id);
        String secret = SigningSecrets.newSecret();
        subscriptions.rotate(id, box.seal(secret), subscription.secret(), Instant.now().plus(OLD_SECRET_VALID_FOR));
        return secret;
    }

    @Transactional
    public void enable(long ownerId, long id) {
        owned(ownerId, id);
        subscriptions.enable(id);
    }

    @Transactional
    public void remove(long ownerId, long id) {
        if (subscriptions.deleteByIdAndOwnerId(id, ownerId) == 0) {
            throw new NotFoundException("Webhook", id);
        }
    }

    /** The secrets to sign with now: the current one, and the previous one during its day of grace. */
    public List<String> signingSecrets(Subscription subscription, Instant now) {
        List<String> secrets = new ArrayList<>(List.of(box.open(subscription.secret())));
        if (subscription.previousSecret() != null && subscription.previousSecretExpiresAt() != null
                && subscription.previousSecretExpiresAt().isAfter(now)) {
            secrets.add(box.open(subscription.previousSecret()));
        }
        return secrets;
    }

    public Optional<Subscription> byId(long id) {
        return subscriptions.findById(id);
    }

    private Subscription owned(long ownerId, long id) {
        return subscriptions.findByIdAndOwnerId(id, ownerId).orElseThrow(() -> new NotFoundException("Webhook", id));
    }
}
