package com.yumroad.kernel.events;

import java.util.Optional;

/**
 * The name an event has outside the process (webhook event types, NATS subjects): {@code <module>.<kebab-case
 * record name>}, e.g. {@code catalog.product-published}, from the record's place in its module's root package
 * ({@code com.yumroad.<module>}). Only a module's public events have one: an event in a sub-package is the
 * module's own business and is never announced outside. Renaming or moving a public event record changes its name,
 * which consumers depend on: treat that as an API change.
 */
public final class EventNames {

    private static final String ROOT = "com.yumroad.";

    private EventNames() {
    }

    public static Optional<String> of(Class<?> event) {
        String pkg = event.getPackageName();
        if (!pkg.startsWith(ROOT) || pkg.substring(ROOT.length()).contains(".")) {
            return Optional.empty();
        }
        return Optional.of(pkg.substring(ROOT.length()) + "." + kebab(event.getSimpleName()));
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
