package com.yumroad.platform.cli;

import com.yumroad.platform.db.ApplicationDatabase;
import com.yumroad.platform.db.DatabaseConnection;
import com.yumroad.platform.db.DatabaseSettings;
import com.yumroad.platform.db.EmbeddedDatabase;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * The database a command works on, with the application's own settings, opened on first use (so {@code db new}
 * needs none). Without {@code DATABASE_URL} it is the embedded one: the running application's, if one runs from the
 * data directory (whatever its port), else started here and stopped when the command ends.
 */
public final class CommandDatabase implements AutoCloseable {

    private final DatabaseSettings settings;
    private ApplicationDatabase started;
    private DataSource dataSource;

    public CommandDatabase(DatabaseSettings settings) {
        this.settings = settings;
    }

    public synchronized DataSource dataSource() {
        if (dataSource == null) {
            DatabaseConnection connection = settings.external().isPresent() ? open() : runningEmbedded().orElseGet(this::open);
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(connection.url());
            if (connection.user() != null) {
                pg.setUser(connection.user());
            }
            if (connection.password() != null) {
                pg.setPassword(connection.password());
            }
            dataSource = pg;
        }
        return dataSource;
    }

    private DatabaseConnection open() {
        started = ApplicationDatabase.open(settings);
        return started.connection();
    }

    /** The running application's embedded server for these settings' data directory (never another copy's). */
    private Optional<DatabaseConnection> runningEmbedded() {
        return EmbeddedDatabase.running(settings.embeddedDataDirectory());
    }

    @Override
    public synchronized void close() {
        if (started != null) {
            started.close();
        }
    }
}
