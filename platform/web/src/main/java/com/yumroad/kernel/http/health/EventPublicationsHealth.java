package com.yumroad.kernel.http.health;

import com.yumroad.kernel.events.publication.EventPublications;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Reports the event publication log on /health as {@code eventPublications: {failed, incomplete}}. Failed
 * publications need an operator but do not make the application unable to serve, so the status stays UP.
 * The numbers show where health details are visible (see docs/architecture.md, Events).
 */
@Requires(property = "datasources.default.enabled", notEquals = StringUtils.FALSE) // not in contexts without a database
@Singleton
class EventPublicationsHealth extends AbstractHealthIndicator<Map<String, Long>> {

    private final EventPublications publications;

    EventPublicationsHealth(EventPublications publications) {
        this.publications = publications;
    }

    @Override
    protected Map<String, Long> getHealthInformation() {
        Map<String, Long> counts = publications.countByStatus();
        healthStatus = HealthStatus.UP;
        return Map.of("failed", counts.get("failed"), "incomplete", counts.get("incomplete"));
    }

    @Override
    protected String getName() {
        return "eventPublications";
    }
}
