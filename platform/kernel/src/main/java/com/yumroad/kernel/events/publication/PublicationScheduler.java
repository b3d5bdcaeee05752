package com.yumroad.kernel.events.publication;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resubmits due publications (retries, and those whose instance died before delivering them) and purges old completed
 * ones. Its first run comes right at start-up (a fixed-delay task starts without initial delay), so whatever a
 * previous run left incomplete is picked up on restart. Every instance runs it; row locks keep them apart.
 */
@Singleton
@Requires(property = "yumroad.events.scheduler.enabled", value = StringUtils.TRUE, defaultValue = StringUtils.TRUE)
class PublicationScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationScheduler.class);

    private final PublicationDispatcher dispatcher;
    private final EventPublications publications;

    PublicationScheduler(PublicationDispatcher dispatcher, EventPublications publications) {
        this.dispatcher = dispatcher;
        this.publications = publications;
    }

    @Scheduled(fixedDelay = "${yumroad.events.scheduler.interval}")
    void resubmitAndPurge() {
        int delivered = dispatcher.dispatchDue();
        int purged = publications.purgeCompleted();
        if (delivered > 0 || purged > 0) {
            LOG.info("Event publications: {} resubmitted and delivered, {} completed ones purged", delivered, purged);
        }
    }
}
