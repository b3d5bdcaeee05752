package com.yumroad.kernel.http;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem+json answers an API operation may give, each one annotation for the OpenAPI document
 * ({@code @Answers.NotFound} is {@code @ApiResponse(responseCode = "404", ref = ProblemDocs.NOT_FOUND)}), so a
 * controller's annotations say what it answers in a line. The answers themselves are described once, in
 * platform/app's src/main/openapi/problems.yml; {@link ProblemDocs} names them.
 */
public final class Answers {

    private Answers() {
    }

    /** A request body is read: 400 undecodable, 413 too large, 415 not of its type, 422 refused. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "400", ref = ProblemDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "413", ref = ProblemDocs.PAYLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "415", ref = ProblemDocs.UNSUPPORTED_MEDIA_TYPE)
    @ApiResponse(responseCode = "422", ref = ProblemDocs.UNPROCESSABLE)
    public @interface Body {
    }

    /** 400: a path or query value that cannot be read (not a number, a foreign cursor). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "400", ref = ProblemDocs.BAD_REQUEST)
    public @interface BadRequest {
    }

    /** 401: no valid token. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "401", ref = ProblemDocs.UNAUTHORIZED)
    public @interface Unauthorized {
    }

    /** 403: not the caller's, or a token without the scope. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "403", ref = ProblemDocs.FORBIDDEN)
    public @interface Forbidden {
    }

    /** 404: what the path names does not exist. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "404", ref = ProblemDocs.NOT_FOUND)
    public @interface NotFound {
    }

    /** 409: clashes with what exists, or lost a race. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "409", ref = ProblemDocs.CONFLICT)
    public @interface Conflict {
    }

    /** 422 without a body: a query value out of range. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "422", ref = ProblemDocs.UNPROCESSABLE)
    public @interface Unprocessable {
    }

    /** 429: too many attempts; Retry-After says when to try again. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "429", ref = ProblemDocs.TOO_MANY_REQUESTS)
    public @interface TooManyRequests {
    }

    /** 500: something went wrong on our side. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "500", ref = ProblemDocs.SERVER_ERROR)
    public @interface ServerError {
    }
}
