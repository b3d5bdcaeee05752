package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.FieldError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field errors as a form shows them: the first message per form field (views' {@code errors[field]}, see
 * views/forms.html). {@code renames} maps a use case's field name to the form's where they differ
 * (priceCents -> price).
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> of(List<FieldError> errors, Map<String, String> renames) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(renames.getOrDefault(e.field(), e.field()), e.message()));
        return byField;
    }

    public static Map<String, String> of(List<FieldError> errors) {
        return of(errors, Map.of());
    }

    public static Map<String, String> none() {
        return Map.of();
    }
}
