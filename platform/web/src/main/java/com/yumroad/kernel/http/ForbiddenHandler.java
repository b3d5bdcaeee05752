package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.ForbiddenException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class ForbiddenHandler implements ExceptionHandler<ForbiddenException, HttpResponse<?>> {

    private final ErrorAnswers answers;

    ForbiddenHandler(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ForbiddenException exception) {
        return answers.answer(request, exception, HttpStatus.FORBIDDEN, exception.getMessage(), List.of());
    }
}
