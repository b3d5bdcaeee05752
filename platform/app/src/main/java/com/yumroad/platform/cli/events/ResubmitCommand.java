package com.yumroad.platform.cli.events;

import com.yumroad.kernel.events.publication.PublicationAdmin;
import com.yumroad.platform.cli.CommandDatabase;
import jakarta.inject.Inject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code events resubmit <id>|--all}: failed publications get a fresh round of attempts; the next scheduler run of
 * any running instance delivers them.
 */
@Command(name = "resubmit", mixinStandardHelpOptions = true,
        description = "Resubmit failed publications: one by id, or all of them.")
class ResubmitCommand implements Callable<Integer> {

    static final int NOT_FOUND = 1;

    static class Which {
        @Parameters(paramLabel = "<id>", description = "The failed publication's id (see `events failed`).")
        Long id;

        @Option(names = "--all", description = "Every failed publication.")
        boolean all;
    }

    @ArgGroup(multiplicity = "1")
    Which which;

    @Spec
    CommandSpec spec;

    private final CommandDatabase database;

    @Inject
    ResubmitCommand(CommandDatabase database) {
        this.database = database;
    }

    @Override
    public Integer call() {
        PublicationAdmin publications = new PublicationAdmin(database.dataSource());
        if (which.all) {
            int count = publications.resubmitAllFailed();
            spec.commandLine().getOut().printf("Resubmitted %d failed publication(s).%n", count);
            return 0;
        }
        if (!publications.resubmit(which.id)) {
            spec.commandLine().getErr().printf("No failed publication #%d (see `events failed`).%n", which.id);
            return NOT_FOUND;
        }
        spec.commandLine().getOut().printf("Resubmitted publication #%d.%n", which.id);
        return 0;
    }
}
