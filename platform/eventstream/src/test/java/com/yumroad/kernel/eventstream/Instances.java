package com.yumroad.kernel.eventstream;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Application instances on one database, streaming to {@code stream}, one after another or at once. */
final class Instances {

    private Instances() {
    }

    static String newDatabase() {
        return TestDatabase.server().createDatabase();
    }

    static ApplicationContext start(String database, TestStream stream, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("datasources.default.url", database);
        properties.put("datasources.default.username", TestDatabase.server().user());
        properties.put("datasources.default.password", TestDatabase.server().password());
        properties.put("nats.default.addresses", stream.url());
        properties.put("nats.default.max-reconnect", -1);
        properties.put("nats.default.reconnect-wait", "200ms");
        properties.put("yumroad.eventstream.subject-prefix", stream.prefix());
        properties.put("yumroad.eventstream.stream", stream.name());
        return ApplicationContext.run(properties, "test");
    }

    @SuppressWarnings("unchecked")
    static void publish(ApplicationContext instance, DomainEvent... events) {
        TransactionOperations<Connection> transactions = instance.getBean(TransactionOperations.class);
        transactions.executeWrite(status -> {
            for (DomainEvent event : events) {
                instance.getBean(DomainEvents.class).publish(event);
            }
            return null;
        });
    }

    static Connection connect(String database) throws SQLException {
        return TestDatabase.server().connect(database);
    }
}
