package com.yumroad.platform;

import com.yumroad.platform.db.ApplicationDatabase;
import com.yumroad.platform.db.DatabaseSettings;
import com.yumroad.platform.db.DatabaseUnavailableException;
import com.yumroad.platform.cli.YumroadCli;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanContextException;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.context.exceptions.DependencyInjectionException;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.exceptions.ApplicationStartupException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Starts Yumroad on the configured PostgreSQL, or on an embedded one when none is configured; {@code db ...} (see
 * {@link YumroadCli}) runs a command instead and exits.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (YumroadCli.handles(args)) {
            // Before anything logs: the commands' output stays clean on standard output.
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            System.exit(YumroadCli.run(args));
        }
        ApplicationDatabase database;
        try {
            HttpPort.fromEnvironment(System.getenv()).checkFree();
            database = ApplicationDatabase.open(DatabaseSettings.fromEnvironment(System.getenv()));
        } catch (DatabaseUnavailableException | IllegalStateException e) {
            System.err.println("Yumroad cannot start. " + e.getMessage());
            System.exit(1);
            return;
        }
        ApplicationContext context;
        try {
            context = refusalsHandedBack(Micronaut.build(args))
                    .mainClass(Application.class)
                    .properties(database.connection().asProperties())
                    .start();
        } catch (ApplicationStartupException e) {
            database.close();
            Optional<String> refusal = configurationRefusal(e);
            if (refusal.isPresent()) {
                System.err.println("Yumroad cannot start. " + refusal.get());
            } else {
                e.printStackTrace();
            }
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAfter(context, database), "database-shutdown"));
        context.findBean(EmbeddedServer.class).ifPresent(server -> LoggerFactory.getLogger(Application.class)
                .info("Yumroad is ready: open {} in a browser (Ctrl+C stops it)", server.getURL()));
    }

    /**
     * Micronaut logs a failed start with its stack trace and exits on its own; these failures are handed back instead
     * (as ApplicationStartupException), so that a refusal of the configuration (prod without SMTP_HOST, JWT_SECRET,
     * ...) is one line on standard error and the embedded database is stopped first.
     */
    private static Micronaut refusalsHandedBack(Micronaut micronaut) {
        for (Class<? extends Throwable> failure : List.of(BeanInstantiationException.class,
                DependencyInjectionException.class, BeanContextException.class, ConfigurationException.class)) {
            micronaut.mapError(failure, e -> 0);
        }
        return micronaut;
    }

    /** The message of the ConfigurationException a start failed on, if it failed on one. */
    static Optional<String> configurationRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigurationException refusal && refusal.getMessage() != null) {
                return Optional.of(refusal.getMessage());
            }
        }
        return Optional.empty();
    }

    /** The database stops last, once the application (and its connection pool) has let go of it. */
    private static void closeAfter(ApplicationContext context, ApplicationDatabase database) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (context.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        database.close();
    }
}
