package com.yumroad.kernel.events.publication;

import com.yumroad.kernel.events.Delivery;
import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;

/** One {@code @AfterCommit} method: its stable id, the events it takes, how to call it, its own attempt limit (0: the setting). */
record DurableListener(String id, Class<? extends DomainEvent> eventType, BeanDefinition<?> bean,
                       ExecutableMethod<?, ?> method, boolean takesDelivery, int maxAttempts) {

    boolean accepts(DomainEvent event) {
        return eventType.isInstance(event);
    }

    @SuppressWarnings("unchecked")
    void invoke(BeanContext context, DomainEvent event, Delivery delivery) {
        Object target = context.getBean(bean);
        ExecutableMethod<Object, Object> listener = (ExecutableMethod<Object, Object>) method;
        if (takesDelivery) {
            listener.invoke(target, event, delivery);
        } else {
            listener.invoke(target, event);
        }
    }
}
