package com.yumroad.kernel.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.yumroad.kernel.errors.FieldError;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.http.annotation.Body;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JacksonExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A body or a parameter that could not be read: Micronaut's handlers answer 400 naming the field "/body" and quoting
 * the parser. These name the field as the client wrote it ({@link BodyErrors}): 422 for a number that is not whole,
 * 400 for malformed JSON, a key given twice or a value of the wrong type.
 */
final class BodyErrorHandlers {

    private BodyErrorHandlers() {
    }

    static HttpResponse<?> answer(ErrorAnswers answers, HttpRequest<?> request, Throwable error) {
        BodyErrors body = BodyErrors.of(error);
        return answers.answer(request, error, HttpStatus.valueOf(body.status()), body.detail(), body.fields());
    }

    /** Bodies (serde's errors come wrapped in it) and query or path values of the wrong type. */
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    static class Conversion implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

        private final ErrorAnswers answers;

        Conversion(ErrorAnswers answers) {
            this.answers = answers;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
            if (BodyErrors.isAboutBody(exception)) {
                return answer(answers, request, exception);
            }
            String field = exception.getArgument().getName();
            return answers.answer(request, exception, HttpStatus.BAD_REQUEST, "A parameter has the wrong type",
                    List.of(new FieldError(field, field + " has the wrong type")));
        }
    }

    /** A required body or parameter left out: Micronaut's answer named "/body" and the argument's Java type. */
    @Singleton
    @Replaces(UnsatisfiedArgumentHandler.class)
    static class Missing implements ExceptionHandler<UnsatisfiedArgumentException, HttpResponse<?>> {

        private final ErrorAnswers answers;

        Missing(ErrorAnswers answers) {
            this.answers = answers;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, UnsatisfiedArgumentException exception) {
            if (exception.getArgument().isAnnotationPresent(Body.class)) {
                return answers.answer(request, exception, HttpStatus.BAD_REQUEST, "The request needs a JSON body",
                        List.of());
            }
            String field = exception.getArgument().getName();
            return answers.answer(request, exception, HttpStatus.BAD_REQUEST, "A required value is missing",
                    List.of(new FieldError(field, field + " is required")));
        }
    }

    /** The same for a route's required argument (Micronaut: "Required Body [credentials] not specified"). */
    @Singleton
    @Replaces(UnsatisfiedRouteHandler.class)
    static class MissingOnRoute implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<?>> {

        private final ErrorAnswers answers;

        MissingOnRoute(ErrorAnswers answers) {
            this.answers = answers;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, UnsatisfiedRouteException exception) {
            if (exception instanceof UnsatisfiedBodyRouteException
                    || exception.getArgument().isAnnotationPresent(Body.class)) {
                return answers.answer(request, exception, HttpStatus.BAD_REQUEST, "The request needs a JSON body",
                        List.of());
            }
            String field = exception.getArgument().getName();
            return answers.answer(request, exception, HttpStatus.BAD_REQUEST, "A required value is missing",
                    List.of(new FieldError(field, field + " is required")));
        }
    }

    @Singleton
    @Replaces(JsonExceptionHandler.class)
    static class Syntax implements ExceptionHandler<JsonSyntaxException, HttpResponse<?>> {

        private final ErrorAnswers answers;

        Syntax(ErrorAnswers answers) {
            this.answers = answers;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, JsonSyntaxException exception) {
            return answer(answers, request, exception);
        }
    }

    @Singleton
    @Replaces(JacksonExceptionHandler.class)
    static class Jackson implements ExceptionHandler<JsonProcessingException, HttpResponse<?>> {

        private final ErrorAnswers answers;

        Jackson(ErrorAnswers answers) {
            this.answers = answers;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, JsonProcessingException exception) {
            return answer(answers, request, exception);
        }
    }
}
