package com.yumroad.kernel.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An event's stable name, {@code <module>.<kebab-case name>} ({@code catalog.product-published}): what the event
 * publication log stores and what webhooks and NATS call it. The Java class may be renamed or moved; the name stays,
 * so pending publications and outside consumers keep finding it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventName {

    String value();
}
