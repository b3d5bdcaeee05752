package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.FieldError;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.List;
import java.util.stream.StreamSupport;

/** Bean-validation failures answer 422 (Micronaut's default is 400) with the field named as the client sent it. */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private final ErrorAnswers answers;

    ConstraintViolationHandler(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<FieldError> fields = exception.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field)).toList();
        return answers.answer(request, exception, HttpStatus.UNPROCESSABLE_ENTITY, "Some fields are not valid", fields);
    }

    /** "register.body.email" becomes "email"; a violation on a whole parameter keeps that parameter's name. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> names = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .map(Path.Node::getName).toList();
        return names.size() > 2 ? String.join(".", names.subList(2, names.size())) : names.get(names.size() - 1);
    }
}
