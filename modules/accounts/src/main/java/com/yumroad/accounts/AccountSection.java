package com.yumroad.accounts;

import java.util.Map;

/**
 * A section another module adds to the account page (accounts cannot depend on it): the Thymeleaf template holding a
 * {@code section(model)} fragment, and its model for the signed-in user. Sections show in {@link #order} order.
 */
public interface AccountSection {

    String template();

    Map<String, Object> model(long userId);

    default int order() {
        return 0;
    }
}
