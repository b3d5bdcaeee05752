package com.yumroad.sales.web;

import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.sales.SaleQuery;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Sales page's filters as typed: a product id and a date range of UTC days, both ends included ("2026-12-01").
 * {@link #query} refuses what does not parse, beside its field.
 */
public record SalesFilter(@Nullable Long product, @Nullable String from, @Nullable String to) {

    SaleQuery query(long sellerId) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDay = day(from, "from", errors);
        LocalDate toDay = day(to, "to", errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add(new FieldError("to", "The end comes before the start"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SaleQuery(sellerId, product,
                fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The filters as query parameters, for links that keep them (next page, CSV). */
    public String parameters() {
        StringBuilder query = new StringBuilder();
        if (product != null) {
            query.append("&product=").append(product);
        }
        if (from != null && !from.isBlank()) {
            query.append("&from=").append(java.net.URLEncoder.encode(from.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (to != null && !to.isBlank()) {
            query.append("&to=").append(java.net.URLEncoder.encode(to.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static LocalDate day(String typed, String field, List<FieldError> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter a date like 2026-12-01"));
            return null;
        }
    }
}
