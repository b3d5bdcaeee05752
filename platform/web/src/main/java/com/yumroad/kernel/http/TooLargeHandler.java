package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.TooLargeException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class TooLargeHandler implements ExceptionHandler<TooLargeException, HttpResponse<?>> {

    private final ErrorAnswers answers;

    TooLargeHandler(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, TooLargeException exception) {
        List<FieldError> fields = exception.field() == null
                ? List.of() : List.of(new FieldError(exception.field(), exception.getMessage()));
        return answers.answer(request, exception, HttpStatus.REQUEST_ENTITY_TOO_LARGE, exception.getMessage(), fields)
                .header("Connection", "close");
    }
}
