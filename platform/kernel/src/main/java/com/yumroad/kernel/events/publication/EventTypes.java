package com.yumroad.kernel.events.publication;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventNames;
import io.micronaut.core.beans.BeanIntrospector;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The event class a publication's stored name stands for, for a listener that takes any event (the event stream):
 * every introspected ({@code @Serdeable}) event by its {@code @EventName}. A row written before events had stable
 * names holds a class name, which still resolves as one.
 */
@Singleton
class EventTypes {

    private final Map<String, Class<?>> byName = BeanIntrospector.SHARED
            .findIntrospections(ref -> DomainEvent.class.isAssignableFrom(ref.getBeanType())).stream()
            .<Class<?>>map(introspection -> introspection.getBeanType())
            .collect(Collectors.toMap(EventNames::inLog, Function.identity(), (a, b) -> a));

    Class<?> of(String storedName) throws ClassNotFoundException {
        Class<?> type = byName.get(storedName);
        return type != null ? type : Class.forName(storedName, true, getClass().getClassLoader());
    }
}
