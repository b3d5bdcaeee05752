package com.yumroad.testing;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Counts the SQL statements the application sends, on every thread (HTTP requests run on server threads). It wraps
 * the pool before Micronaut Data's own wrappers, so every connection the application uses is counted. Work that runs
 * on its own schedule (after-commit event deliveries) would land in any count: tests that count statements switch it
 * off with {@code yumroad.events.dispatch-after-commit=false} and {@code yumroad.events.scheduler.enabled=false}.
 */
@Singleton
public class StatementCounter implements BeanCreatedEventListener<DataSource>, Ordered {

    private final AtomicLong statements = new AtomicLong();

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return ProxyDataSourceBuilder.create(event.getBean())
                .name("statement-counter")
                .afterQuery((execution, queries) -> statements.addAndGet(queries.size()))
                .build();
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    /** How many statements the work sends. Tests run one at a time, so nothing else is counted meanwhile. */
    public long count(Runnable work) {
        long before = statements.get();
        work.run();
        return statements.get() - before;
    }

    public <T> Counted<T> count(Supplier<T> work) {
        long before = statements.get();
        T result = work.get();
        return new Counted<>(result, statements.get() - before);
    }

    public record Counted<T>(T result, long statements) {
    }
}
