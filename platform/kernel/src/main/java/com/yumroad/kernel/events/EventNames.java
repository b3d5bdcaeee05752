package com.yumroad.kernel.events;

import java.util.Optional;

/**
 * The names events go by. Outside the process (webhook event types, NATS subjects) a module's public event is called
 * by its {@link EventName}, {@code <module>.<kebab-case record name>} such as {@code catalog.product-published}; an
 * event in a sub-package is the module's own business and is never announced outside. The event publication log
 * stores the same stable name, so renaming or moving an event's class strands nothing.
 */
public final class EventNames {

    private static final String ROOT = "com.yumroad.";

    private EventNames() {
    }

    /** The public name of a module's public event (in its root package): its {@link EventName}, else derived. */
    public static Optional<String> of(Class<?> event) {
        String pkg = event.getPackageName();
        if (!pkg.startsWith(ROOT) || pkg.substring(ROOT.length()).contains(".")) {
            return Optional.empty();
        }
        EventName named = event.getAnnotation(EventName.class);
        return Optional.of(named != null ? named.value() : derived(event));
    }

    /** What the publication log calls an event: its {@link EventName}, else (an event without one) its class name. */
    public static String inLog(Class<?> event) {
        EventName named = event.getAnnotation(EventName.class);
        return named != null ? named.value() : event.getName();
    }

    /** {@code <module>.<kebab-case simple name>} from a class in {@code com.yumroad.<module>}: what @EventName should say. */
    public static String derived(Class<?> event) {
        String pkg = event.getPackageName();
        String module = pkg.startsWith(ROOT) ? pkg.substring(ROOT.length()) : pkg;
        return module + "." + kebab(event.getSimpleName());
    }

    static String kebab(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
