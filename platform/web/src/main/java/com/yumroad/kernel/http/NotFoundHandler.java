package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.NotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<?>> {

    private final ErrorAnswers answers;

    NotFoundHandler(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, NotFoundException exception) {
        return answers.answer(request, exception, HttpStatus.NOT_FOUND, exception.getMessage(), List.of());
    }
}
