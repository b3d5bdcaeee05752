package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.ConflictException;
import com.yumroad.kernel.errors.FieldError;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class ConflictHandler implements ExceptionHandler<ConflictException, HttpResponse<?>> {

    private final ErrorAnswers answers;

    ConflictHandler(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConflictException exception) {
        List<FieldError> fields = exception.field() == null
                ? List.of() : List.of(new FieldError(exception.field(), exception.getMessage()));
        return answers.answer(request, exception, HttpStatus.CONFLICT, exception.getMessage(), fields);
    }
}
