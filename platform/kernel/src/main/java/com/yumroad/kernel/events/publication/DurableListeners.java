package com.yumroad.kernel.events.publication;

import com.yumroad.kernel.events.AfterCommit;
import com.yumroad.kernel.events.Delivery;
import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.aop.Intercepted;
import io.micronaut.context.BeanContext;
import io.micronaut.context.processor.ExecutableMethodProcessor;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Finds every {@link AfterCommit} method at start-up, checks its shape, and calls it by id. */
@Singleton
class DurableListeners implements ExecutableMethodProcessor<AfterCommit> {

    private final Map<String, DurableListener> byId = new ConcurrentHashMap<>();
    private final BeanContext context;

    DurableListeners(BeanContext context) {
        this.context = context;
    }

    @Override
    public void process(BeanDefinition<?> bean, ExecutableMethod<?, ?> method) {
        String where = bean.getBeanType().getName() + "." + method.getMethodName();
        Class<?>[] parameters = method.getArgumentTypes();
        boolean takesDelivery = parameters.length == 2 && parameters[1] == Delivery.class;
        if ((parameters.length != 1 && !takesDelivery) || !DomainEvent.class.isAssignableFrom(parameters[0])) {
            throw new IllegalStateException("@AfterCommit method " + where
                    + " must take one DomainEvent, optionally followed by a Delivery");
        }
        String id = method.stringValue(AfterCommit.class).filter(s -> !s.isBlank())
                .orElse(declaredType(bean).getSimpleName() + "." + method.getMethodName());
        int maxAttempts = method.intValue(AfterCommit.class, "maxAttempts").orElse(0);
        DurableListener listener = new DurableListener(id, parameters[0].asSubclass(DomainEvent.class), bean, method,
                takesDelivery, maxAttempts);
        DurableListener clash = byId.putIfAbsent(id, listener);
        if (clash != null && !(clash.bean().equals(bean) && clash.method().equals(method))) {
            throw new IllegalStateException("Two @AfterCommit listeners have the id '" + id + "': " + where + " and "
                    + clash.bean().getBeanType().getName() + "." + clash.method().getMethodName()
                    + "; give one an explicit @AfterCommit(\"...\") id");
        }
    }

    /** The bean's own class, not the AOP proxy Micronaut generates when it has advice such as @Transactional. */
    private static Class<?> declaredType(BeanDefinition<?> bean) {
        Class<?> type = bean.getBeanType();
        while (Intercepted.class.isAssignableFrom(type) && type.getSuperclass() != null) {
            type = type.getSuperclass();
        }
        return type;
    }

    List<DurableListener> listenersFor(DomainEvent event) {
        return byId.values().stream().filter(l -> l.accepts(event)).sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    Optional<DurableListener> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    void invoke(DurableListener listener, DomainEvent event, Delivery delivery) {
        listener.invoke(context, event, delivery);
    }
}
