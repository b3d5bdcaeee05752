package com.yumroad.platform.cli.events;

import com.yumroad.kernel.events.publication.EventPublications;
import com.yumroad.kernel.events.publication.FailedPublication;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code events failed}: every publication that ran out of attempts, with its listener, event and last error. */
@Command(name = "failed", mixinStandardHelpOptions = true,
        description = "List publications whose listener failed on every attempt.")
class FailedPublicationsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final EventPublications publications;

    @Inject
    FailedPublicationsCommand(EventPublications publications) {
        this.publications = publications;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<FailedPublication> failed = publications.failed();
        if (failed.isEmpty()) {
            out.println("No failed event publications.");
            return 0;
        }
        for (FailedPublication p : failed) {
            out.printf("#%d  %s  %s  published %s, %d attempts, last %s%n      event: %s%n      error: %s%n",
                    p.id(), p.listenerId(), p.eventType(), p.publishedAt(), p.attempts(), p.lastAttemptAt(),
                    p.serializedEvent(), p.lastError());
        }
        out.printf("%d failed; resubmit with `events resubmit <id>` or `events resubmit --all`.%n", failed.size());
        return 0;
    }
}
