package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.FieldError;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/**
 * Any exception no other handler claims. A refusal by the database that a client can cause (a constraint, a lost
 * race: {@link DatabaseRefusal}) answers its 4xx and logs a warning; anything else is logged with a request id, answered 500 with that id and nothing of the
 * exception, so a user's report can be matched to the log line.
 */
@Singleton
class UnexpectedErrorHandler implements ExceptionHandler<Exception, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final ErrorAnswers answers;

    UnexpectedErrorHandler(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        return answer(request, exception);
    }

    MutableHttpResponse<?> answer(HttpRequest<?> request, Exception exception) {
        var refusal = DatabaseRefusal.of(exception);
        if (refusal.isPresent()) {
            DatabaseRefusal r = refusal.get();
            LOG.warn("Request {} {} refused by the database ({}): {}", request.getMethod(), request.getPath(),
                    r.status(), rootMessage(exception));
            return answers.answer(request, exception, HttpStatus.valueOf(r.status()), r.message(),
                    r.field() == null ? List.of() : List.of(new FieldError(r.field(), r.message())));
        }
        if (fromMultipartDecoder(exception)) {
            LOG.warn("Request {} {} sent a multipart body that cannot be read: {}", request.getMethod(),
                    request.getPath(), rootMessage(exception));
            return answers.answer(request, exception, HttpStatus.BAD_REQUEST,
                    "The multipart/form-data body cannot be read", List.of());
        }
        String requestId = UUID.randomUUID().toString();
        LOG.error("Request {} failed: {} {}", requestId, request.getMethod(), request.getPath(), exception);
        request.setAttribute(ProblemResponses.REQUEST_ID, requestId);
        return answers.answer(request, exception, HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal Server Error (request " + requestId + ")", List.of())
                .header("X-Request-Id", requestId);
    }

    /**
     * Netty's multipart decoder fails on some malformed bodies with plain runtime exceptions (an index out of bounds
     * on a part whose Content-Type is multipart without a boundary): the client's doing, so a 400, not a 500.
     */
    private static boolean fromMultipartDecoder(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            StackTraceElement[] frames = t.getStackTrace();
            if (frames.length > 0 && frames[0].getClassName().startsWith("io.netty.handler.codec.http.multipart.")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
