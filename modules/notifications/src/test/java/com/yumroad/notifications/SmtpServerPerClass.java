package com.yumroad.notifications;

import com.yumroad.testing.FreshDatabase;
import io.micronaut.core.annotation.NonNull;
import org.junit.jupiter.api.AfterAll;

import java.util.HashMap;
import java.util.Map;

/**
 * A test class with its own database and its own SMTP server ({@link Smtp}), which the application's mail settings
 * point at; the server stops after the class. Needs {@code @TestInstance(PER_CLASS)}.
 */
public abstract class SmtpServerPerClass implements FreshDatabase {

    protected Smtp smtp;

    @Override
    @NonNull
    public Map<String, String> getProperties() {
        smtp = new Smtp();
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.putAll(smtp.settings());
        return properties;
    }

    @AfterAll
    protected void stopSmtp() {
        smtp.close();
    }
}
