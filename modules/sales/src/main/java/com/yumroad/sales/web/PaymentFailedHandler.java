package com.yumroad.sales.web;

import com.yumroad.kernel.http.ErrorAnswers;
import com.yumroad.sales.internal.PaymentFailedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** The payment provider refused or could not be reached: 502, with its reason, and nothing changed here. */
@Singleton
class PaymentFailedHandler implements ExceptionHandler<PaymentFailedException, HttpResponse<?>> {

    private final ErrorAnswers answers;

    PaymentFailedHandler(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, PaymentFailedException exception) {
        return answers.answer(request, exception, HttpStatus.BAD_GATEWAY, exception.getMessage(), List.of());
    }
}
