package com.yumroad.platform.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseConnectionTest {

    @Test
    void anUnreachableDatabaseFailsNamingTheUrlAndTheCause() {
        var connection = new DatabaseConnection("jdbc:postgresql://127.0.0.1:1/yumroad", "postgres", null);

        assertThatThrownBy(connection::verifyReachable)
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("Cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/yumroad: ")
                .hasMessageContaining("refused");
    }

    @Test
    void databaseUrlSelectsAnExternalServer() {
        var settings = DatabaseSettings.fromEnvironment(Map.of(
                "DATABASE_URL", "jdbc:postgresql://db:5432/yumroad", "DATABASE_USER", "app", "DATABASE_PASSWORD", "pw"));

        assertThat(settings.external()).contains(new DatabaseConnection("jdbc:postgresql://db:5432/yumroad", "app", "pw"));
    }

    @Test
    void withoutDatabaseUrlTheEmbeddedServerIsConfigurable() {
        var settings = DatabaseSettings.fromEnvironment(Map.of("YUMROAD_DATA_DIR", "/tmp/y", "EMBEDDED_DB_PORT", "6000"));
        var defaults = DatabaseSettings.fromEnvironment(Map.of("DATABASE_URL", " "));

        assertThat(settings.external()).isEmpty();
        assertThat(settings.embeddedDataDirectory()).isEqualTo(Path.of("/tmp/y"));
        assertThat(settings.embeddedPort()).isEqualTo(6000);
        assertThat(defaults.external()).isEmpty();
        assertThat(defaults.embeddedDataDirectory()).isEqualTo(Path.of(".data/postgres"));
        assertThat(defaults.embeddedPort()).isEqualTo(DatabaseSettings.DEFAULT_EMBEDDED_PORT);
    }
}
