package com.yumroad.kernel.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.kernel.errors.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An API error as RFC 9457 problem details: {@code errors} lists the fields at fault (empty when none);
 * {@code requestId} appears on server errors only, and the log carries the same id.
 */
@Serdeable
public record Problem(String type, String title, int status, String detail,
                      @JsonInclude(JsonInclude.Include.ALWAYS) List<FieldError> errors,
                      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String NO_TYPE = "about:blank";
}
