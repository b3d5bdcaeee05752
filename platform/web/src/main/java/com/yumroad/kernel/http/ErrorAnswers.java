package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.FieldError;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Builds error answers through the {@link ErrorResponseProcessor}, so every handler speaks problem+json on the API. */
@Singleton
public class ErrorAnswers {

    private final ErrorResponseProcessor<?> processor;

    ErrorAnswers(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    public MutableHttpResponse<?> answer(HttpRequest<?> request, Throwable cause, HttpStatus status, String detail,
                                         List<FieldError> fields) {
        ErrorContext.Builder context = ErrorContext.builder(request).cause(cause).error(new Message(detail));
        fields.forEach(f -> context.error(new Field(f.field(), f.message())));
        return processor.processResponse(context.build(), HttpResponse.status(status));
    }

    private record Message(String getMessage) implements Error {
    }

    private record Field(String field, String getMessage) implements Error {
        @Override
        public Optional<String> getPath() {
            return Optional.of(field);
        }
    }
}
