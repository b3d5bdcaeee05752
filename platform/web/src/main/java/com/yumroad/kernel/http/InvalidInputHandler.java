package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.InvalidInputException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
class InvalidInputHandler implements ExceptionHandler<InvalidInputException, HttpResponse<?>> {

    private final ErrorAnswers answers;

    InvalidInputHandler(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidInputException exception) {
        return answers.answer(request, exception, HttpStatus.UNPROCESSABLE_ENTITY, "Some fields are not valid",
                exception.errors());
    }
}
