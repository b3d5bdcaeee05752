package com.yumroad.kernel.http.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database on /health: UP when a query answers within seconds, DOWN otherwise. It stands in for Micronaut's JDBC
 * indicator, whose details name the database URL, so that /health can show its details (such as failed event
 * publications) to anyone without telling them where the database is.
 */
@Singleton
@Requires(property = "datasources.default.enabled", notEquals = StringUtils.FALSE)
class DatabaseHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private static final int TIMEOUT_SECONDS = 3;

    private final DataSource dataSource;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.execute("select 1");
            healthStatus = HealthStatus.UP;
            return Map.of();
        } catch (SQLException e) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("error", "the database does not answer");
        }
    }

    @Override
    protected String getName() {
        return "database";
    }
}
