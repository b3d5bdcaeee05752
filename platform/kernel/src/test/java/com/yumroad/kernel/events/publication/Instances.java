package com.yumroad.kernel.events.publication;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Application instances for tests that need several of them, or one after another, on one database. */
final class Instances {

    private Instances() {
    }

    static String newDatabase() {
        return TestDatabase.server().createDatabase();
    }

    static ApplicationContext start(String url, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", TestDatabase.server().user());
        properties.put("datasources.default.password", TestDatabase.server().password());
        return ApplicationContext.run(properties, "test");
    }

    @SuppressWarnings("unchecked")
    static void publish(ApplicationContext instance, DomainEvent event) {
        TransactionOperations<Connection> transactions = instance.getBean(TransactionOperations.class);
        transactions.executeWrite(status -> {
            instance.getBean(DomainEvents.class).publish(event);
            return null;
        });
    }

    static Connection connect(String url) throws SQLException {
        return TestDatabase.server().connect(url);
    }
}
