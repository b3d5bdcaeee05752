package com.yumroad.platform;

import com.yumroad.platform.db.ApplicationDatabase;
import com.yumroad.platform.db.DatabaseSettings;
import com.yumroad.platform.db.DatabaseUnavailableException;
import com.yumroad.platform.cli.YumroadCli;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.LoggerFactory;

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
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .properties(database.connection().asProperties())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAfter(context, database), "database-shutdown"));
        context.findBean(EmbeddedServer.class).ifPresent(server -> LoggerFactory.getLogger(Application.class)
                .info("Yumroad is ready: open {} in a browser (Ctrl+C stops it)", server.getURL()));
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
