package com.yumroad.kernel.events.publication;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What operators do with the event publication log: see what failed, send it again, count, purge. A resubmitted
 * publication gets a fresh round of attempts and is delivered by the next scheduler run of any running instance.
 */
@Singleton
public class EventPublications {

    private final PublicationTable table;
    private final PublicationSettings settings;

    EventPublications(PublicationTable table, PublicationSettings settings) {
        this.table = table;
        this.settings = settings;
    }

    @ReadOnly
    public List<FailedPublication> failed() {
        return table.failed();
    }

    /** Answers whether a failed publication with this id was resubmitted. */
    @Transactional
    public boolean resubmit(long id) {
        return table.resubmitFailed(id) == 1;
    }

    /** Answers how many failed publications were resubmitted. */
    @Transactional
    public int resubmitAllFailed() {
        return table.resubmitFailed(null);
    }

    /** Publications per status: incomplete, failed, completed. */
    @ReadOnly
    public Map<String, Long> countByStatus() {
        return table.countByStatus();
    }

    @Transactional
    public int purgeCompleted() {
        return purgeCompletedOlderThan(settings.purgeCompletedAfter());
    }

    @Transactional
    public int purgeCompletedOlderThan(Duration age) {
        return table.purgeCompletedOlderThan(age);
    }
}
