package com.yumroad.platform.db;

import java.util.Optional;

/** The PostgreSQL the application runs on: the configured one, or an embedded one it starts and stops itself. */
public final class ApplicationDatabase implements AutoCloseable {

    private final DatabaseConnection connection;
    private final Optional<EmbeddedDatabase> embedded;

    private ApplicationDatabase(DatabaseConnection connection, Optional<EmbeddedDatabase> embedded) {
        this.connection = connection;
        this.embedded = embedded;
    }

    public static ApplicationDatabase open(DatabaseSettings settings) {
        if (settings.external().isPresent()) {
            DatabaseConnection external = settings.external().get();
            external.verifyReachable();
            return new ApplicationDatabase(external, Optional.empty());
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(settings.embeddedDataDirectory(), settings.embeddedPort(),
                settings.embeddedPortGiven());
        return new ApplicationDatabase(embedded.connection(), Optional.of(embedded));
    }

    public DatabaseConnection connection() {
        return connection;
    }

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedDatabase::close);
    }
}
