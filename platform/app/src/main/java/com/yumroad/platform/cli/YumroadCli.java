package com.yumroad.platform.cli;

import com.yumroad.platform.db.DatabaseSettings;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs {@code yumroad.jar <group> ...} (today {@code db}) in a Micronaut context that knows every module but starts no
 * server and does not migrate on start: the commands decide what happens to the database.
 */
public final class YumroadCli {

    private static final Set<String> GROUPS = Arrays.stream(
                    YumroadCommand.class.getAnnotation(CommandLine.Command.class).subcommands())
            .map(group -> group.getAnnotation(CommandLine.Command.class).name())
            .collect(Collectors.toUnmodifiableSet());

    private YumroadCli() {
    }

    /** Whether the arguments name a command group rather than options for the server. */
    public static boolean handles(String[] args) {
        return args.length > 0 && GROUPS.contains(args[0]);
    }

    public static int run(String[] args) {
        return run(args, DatabaseSettings.fromEnvironment(System.getenv()), Path.of("").toAbsolutePath(),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, DatabaseSettings settings, Path workingDirectory, PrintWriter out,
                          PrintWriter err) {
        try (CommandDatabase database = new CommandDatabase(settings);
             ApplicationContext context = ApplicationContext.builder()
                     .properties(Map.of(
                             "yumroad.db.migrate-on-start", "false",
                             // The commands bring their own connection, opened only when they need one.
                             "datasources.default.enabled", "false",
                             // Scripts get every field, null or empty, not only the ones with a value.
                             "micronaut.serde.serialization.inclusion", "always"))
                     .singletons(database, new WorkingDirectory(workingDirectory))
                     .start()) {
            CommandLine command = new CommandLine(YumroadCommand.class, new MicronautFactory(context));
            command.setOut(out);
            command.setErr(err);
            command.setExecutionExceptionHandler(new FailureHandler(context.getBean(Printer.class)));
            return command.execute(args);
        }
    }
}
