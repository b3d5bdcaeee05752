package com.yumroad.kernel.events.publication;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.util.StringUtils;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * Resubmits due publications (retries, and those whose instance died before delivering them) and purges old completed
 * ones: once at start-up, so that whatever a previous run left incomplete is picked up on restart, then every
 * {@code yumroad.events.scheduler.interval}. Every instance runs it; row locks keep them apart.
 * Scheduled by hand rather than with {@code @Scheduled}, which resolves its bean again on every run and so, while the
 * context shuts down, would re-create the datasource it is closing; this schedule is cancelled before that.
 */
@Singleton
@Requires(property = "datasources.default.enabled", notEquals = StringUtils.FALSE) // not in contexts without a database
@Requires(property = "yumroad.events.scheduler.enabled", value = StringUtils.TRUE, defaultValue = StringUtils.TRUE)
class PublicationScheduler implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationScheduler.class);

    private final PublicationDispatcher dispatcher;
    private final EventPublications publications;
    private final TaskScheduler scheduler;
    private final Duration interval;
    private volatile ScheduledFuture<?> schedule;
    private volatile boolean stopping;

    PublicationScheduler(PublicationDispatcher dispatcher, EventPublications publications,
                         @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                         @Value("${yumroad.events.scheduler.interval}") Duration interval) {
        this.dispatcher = dispatcher;
        this.publications = publications;
        this.scheduler = scheduler;
        this.interval = interval;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        schedule = scheduler.scheduleWithFixedDelay(Duration.ZERO, interval, this::resubmitAndPurge);
    }

    void resubmitAndPurge() {
        try {
            int delivered = dispatcher.dispatchDue();
            int purged = publications.purgeCompleted();
            if (delivered > 0 || purged > 0) {
                LOG.info("Event publications: {} resubmitted and delivered, {} completed ones purged", delivered, purged);
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.warn("Event publication run failed, next one in {}: {}", interval, e.toString());
            }
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
