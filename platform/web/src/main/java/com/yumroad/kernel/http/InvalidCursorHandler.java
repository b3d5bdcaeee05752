package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.paging.InvalidCursorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** A cursor this server did not issue for the list asked for is a bad request (400), not a validation error. */
@Singleton
class InvalidCursorHandler implements ExceptionHandler<InvalidCursorException, HttpResponse<?>> {

    private final ErrorAnswers answers;

    InvalidCursorHandler(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidCursorException exception) {
        return answers.answer(request, exception, HttpStatus.BAD_REQUEST, exception.getMessage(),
                List.of(new FieldError("cursor", exception.getMessage())));
    }
}
