package com.yumroad.platform.cli.events;

import com.yumroad.kernel.events.publication.FailedPublication;
import com.yumroad.kernel.events.publication.PublicationAdmin;
import com.yumroad.platform.cli.CommandDatabase;
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

    private final CommandDatabase database;

    @Inject
    FailedPublicationsCommand(CommandDatabase database) {
        this.database = database;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<FailedPublication> failed = new PublicationAdmin(database.dataSource()).failed();
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
