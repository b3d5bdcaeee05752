package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.TooManyRequestsException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class TooManyRequestsHandler implements ExceptionHandler<TooManyRequestsException, HttpResponse<?>> {

    private final ErrorAnswers answers;

    TooManyRequestsHandler(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, TooManyRequestsException exception) {
        return answers.answer(request, exception, HttpStatus.TOO_MANY_REQUESTS, exception.getMessage(), List.of())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(exception.retryAfterSeconds()));
    }
}
